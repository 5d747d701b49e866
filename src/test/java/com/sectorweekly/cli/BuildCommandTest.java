package com.sectorweekly.cli;

import com.sectorweekly.testing.ExampleWeek;
import com.sectorweekly.testing.Folders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code sector-weekly build} as the analyst runs it: files, messages, exit codes. */
class BuildCommandTest extends CommandTest {

    @TempDir
    Path temp;

    private Path outDir() {
        return temp.resolve("output");
    }

    @Test
    void buildsTheThreeFormatsAndSaysWhatItWrote() throws IOException {
        ExampleWeek week = ExampleWeek.copyInto(temp);
        assertEquals(0, run("build", week.weekDir().toString(), "--out", outDir().toString()), err::toString);
        Path folder = outDir().resolve("2026-W13");
        for (String ext : List.of("md", "html", "pdf", "rixml.xml")) {
            Path file = folder.resolve("telecom-weekly-2026-W13." + ext);
            assertTrue(Files.size(file) > 1000, () -> file + " written");
            assertTrue(out.toString().contains(file.toString()), out::toString);
        }
        assertTrue(out.toString().startsWith("Built 2026-W13 in "), out::toString);
        assertTrue(out.toString().matches("(?s).*pdf .* KB +\\d+ ms.*"), out::toString);
    }

    @Test
    void withoutAWeekItBuildsTheNewestWeek() throws IOException {
        ExampleWeek week = ExampleWeek.copyInto(temp);
        secondWeek(week);
        Files.createDirectories(week.contentDir().resolve("drafts"));

        assertEquals(0, run("build", "--content", week.contentDir().toString(), "--out", outDir().toString()), err::toString);
        assertTrue(Files.exists(outDir().resolve("2026-W14/telecom-weekly-2026-W14.pdf")));
        assertFalse(Files.exists(outDir().resolve("2026-W13")));
    }

    @Test
    void markdownGetsItsChartsBesideItAndNoStaleOnes() throws IOException {
        ExampleWeek week = ExampleWeek.copyInto(temp);
        Path folder = outDir().resolve("2026-W13");
        Files.createDirectories(folder);
        Path stale = folder.resolve("telecom-weekly-2026-W13-figure-99.svg");
        Files.writeString(stale, "<svg/>");
        Path otherReport = folder.resolve("other-weekly-2026-W13-figure-1.svg");
        Files.writeString(otherReport, "<svg/>");
        Path note = folder.resolve("notes.txt");
        Files.writeString(note, "the desk's own note");
        assertEquals(0, run("build", week.weekDir().toString(), "--out", outDir().toString(), "--format", "md"));
        String markdown = Files.readString(folder.resolve("telecom-weekly-2026-W13.md"));
        try (Stream<Path> files = Files.list(folder)) {
            List<String> svgs = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith("telecom-weekly-2026-W13-") && n.endsWith(".svg")).sorted().toList();
            assertEquals(13, svgs.size(), "page 1's chart and the 12 of the body: " + svgs);
            for (String svg : svgs) {
                assertTrue(markdown.contains("](" + svg + ")"), "the Markdown links to " + svg);
                assertTrue(Files.readString(folder.resolve(svg)).startsWith("<?xml"), svg + " is an SVG document");
            }
        }
        assertFalse(Files.exists(stale), "a drawing the week no longer has is removed");
        assertTrue(Files.exists(otherReport), "another report's drawings stay");
        assertEquals("the desk's own note", Files.readString(note), "a file the build does not write stays");
    }

    @Test
    void formatOptionLimitsTheFormats() {
        ExampleWeek week = ExampleWeek.copyInto(temp);
        assertEquals(0, run("build", week.weekDir().toString(), "--out", outDir().toString(), "--format", "md,html"));
        assertTrue(Files.exists(outDir().resolve("2026-W13/telecom-weekly-2026-W13.md")));
        assertTrue(Files.exists(outDir().resolve("2026-W13/telecom-weekly-2026-W13.html")));
        assertFalse(Files.exists(outDir().resolve("2026-W13/telecom-weekly-2026-W13.pdf")));
    }

    @Test
    void unknownFormatIsAUsageError() {
        assertEquals(2, run("build", "--format", "docx"));
        assertTrue(err.toString().contains("unknown format 'docx'; expected md, html, pdf"), err::toString);
    }

    @Test
    void aContentMistakeChangesNothingInTheOutput() throws IOException {
        ExampleWeek week = ExampleWeek.copyInto(temp);
        assertEquals(0, run("build", week.weekDir().toString(), "--out", outDir().toString()));
        Map<Path, byte[]> before = snapshot(outDir());

        week.replace("segments.yaml", "week_change: 2.43", "week_change: +2.43%");
        int line = week.lineOf("segments.yaml", "+2.43%");
        assertEquals(2, run("build", week.weekDir().toString(), "--out", outDir().toString()));

        assertTrue(err.toString().contains("segments.yaml:" + line + ":"), err::toString);
        assertTrue(err.toString().contains("error " + week.weekDir().resolve("segments.yaml") + ":" + line + ":"), err::toString);
        assertTrue(err.toString().contains("1 error, 0 warnings; nothing was written."), err::toString);
        assertFalse(err.toString().contains("\tat "), "no stack trace for a content mistake");
        assertOutputUnchanged(before);
    }

    @Test
    void aBrokenTemplateChangesNothingInTheOutput() throws IOException {
        ExampleWeek week = ExampleWeek.copyInto(temp);
        assertEquals(0, run("build", week.weekDir().toString(), "--out", outDir().toString()));
        Map<Path, byte[]> before = snapshot(outDir());

        Path templates = temp.resolve("templates");
        Folders.copy(Path.of("templates"), templates);
        Path market = templates.resolve("html/partials/paragraph.ftlh");
        Files.writeString(market, Files.readString(market).replace("${rich(p.text)}", "${p.txt}"));
        int code = run("build", week.weekDir().toString(), "--out", outDir().toString(), "--templates", templates.toString());

        assertEquals(3, code);
        assertTrue(err.toString().contains("HTML template error in partials/paragraph.ftlh line"), err::toString);
        assertTrue(err.toString().contains("p.txt"), err::toString);
        assertOutputUnchanged(before);
    }

    @Test
    void aPublishThatFailsMidwaySaysTheOutputHoldsThePreviousBuild() throws IOException {
        ExampleWeek week = ExampleWeek.copyInto(temp);
        assertEquals(0, run("build", week.weekDir().toString(), "--out", outDir().toString()));
        Path folder = outDir().resolve("2026-W13");
        Path rixml = folder.resolve("telecom-weekly-2026-W13.rixml.xml");
        Files.delete(rixml);
        Files.writeString(Files.createDirectory(rixml).resolve("kept.txt"), "a folder where the RIXML goes");
        Map<Path, byte[]> before = snapshot(outDir());

        assertEquals(3, run("build", week.weekDir().toString(), "--out", outDir().toString()));

        assertTrue(err.toString().contains(rixml + " is a folder, where the build writes a file"), err::toString);
        assertTrue(err.toString().contains("nothing was published; " + folder + " still holds the previous build"),
                err::toString);
        assertFalse(err.toString().contains("Nothing in the output folder was changed"), err::toString);
        assertOutputUnchanged(before);
    }

    @Test
    void aTemplatesFolderWithoutTemplatesIsAUsageError() {
        ExampleWeek week = ExampleWeek.copyInto(temp);
        assertEquals(2, run("build", week.weekDir().toString(), "--templates", temp.resolve("nowhere").toString()));
        assertTrue(err.toString().contains("is not a templates folder: it needs html/ and markdown/ inside"), err::toString);
        assertFalse(err.toString().contains("unexpected"), err::toString);
    }

    @Test
    void missingWeekFolderIsNamed() {
        assertEquals(2, run("build", temp.resolve("content/2026-W99").toString()));
        assertTrue(err.toString().contains("2026-W99 is not there; the reports under content are: 2026-03, 2026-W13"), err::toString);
    }

    @Test
    void helpAndVersion() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("build"), out::toString);
        assertTrue(out.toString().contains("Exit codes:"), out::toString);
        assertEquals(0, run("--version"));
        assertTrue(out.toString().contains("sector-weekly"), out::toString);
    }

    /** 2026-W14: W13 a week on, with no index closes (W13's end before W14 began, which check would refuse). */
    private static Path secondWeek(ExampleWeek week) throws IOException {
        Path w14 = week.contentDir().resolve("2026-W14");
        Files.createDirectories(w14);
        try (Stream<Path> files = Files.list(week.weekDir())) {
            for (Path f : files.toList()) {
                Files.copy(f, w14.resolve(f.getFileName()));
            }
        }
        Files.writeString(w14.resolve("week.yaml"), Files.readString(w14.resolve("week.yaml"))
                .replace("week: 2026-W13", "week: 2026-W14").replace("report_date: 2026-03-27", "report_date: 2026-04-03"));
        Files.writeString(w14.resolve("segments.yaml"), Files.readString(w14.resolve("segments.yaml"))
                .replaceAll("(?m)^    series: .*\n", ""));
        Files.writeString(w14.resolve("market.yaml"), Files.readString(w14.resolve("market.yaml"))
                .replaceAll("(?m)^performance: .*\n", ""));
        return w14;
    }

    @Test
    void allBuildsEveryWeekShowingEachAsItIsDoneThenASummary() throws IOException {
        ExampleWeek week = ExampleWeek.copyInto(temp);
        secondWeek(week);
        assertEquals(0, run("build", "--all", "--content", week.contentDir().toString(), "--out", outDir().toString()),
                err::toString);
        assertTrue(Files.exists(outDir().resolve("2026-W13/telecom-weekly-2026-W13.pdf")));
        assertTrue(Files.exists(outDir().resolve("2026-W14/telecom-weekly-2026-W14.pdf")));
        String said = out.toString();
        assertTrue(said.matches("(?s)\\[1/2] 2026-W1[34] built in \\d+ ms.*\\[2/2] 2026-W1[34] built in \\d+ ms.*"), said);
        assertTrue(said.matches("(?s).*Built 2 of 2 weeks in \\d+\\.\\d s on \\d+ threads: \\d+ ms a week of wall time; "
                + "slowest 2026-W1[34] \\(\\d+ ms\\)\\.\nMedian render time a week: md \\d+ ms, html \\d+ ms, pdf \\d+ ms, rixml \\d+ ms\\.\n"), said);
    }

    @Test
    void allGoesOnPastAWeekThatFailsAndSaysWhy() throws IOException {
        ExampleWeek week = ExampleWeek.copyInto(temp);
        Path w14 = secondWeek(week);
        Files.writeString(w14.resolve("market.yaml"), "rank: [\n");
        assertEquals(2, run("build", "--all", "--content", week.contentDir().toString(), "--out", outDir().toString()));
        assertTrue(Files.exists(outDir().resolve("2026-W13/telecom-weekly-2026-W13.pdf")));
        assertFalse(Files.exists(outDir().resolve("2026-W14")));
        assertTrue(err.toString().matches("(?s).*\\[[12]/2] 2026-W14 failed:\nerror \\S*2026-W14/market.yaml:\\d+:\\d+ .*"), err::toString);
        assertTrue(out.toString().contains("Built 1 of 2 weeks"), out::toString);
    }

    @Test
    void quietPrintsNothingWhenAllIsWell() throws IOException {
        ExampleWeek week = ExampleWeek.copyInto(temp);
        secondWeek(week);
        assertEquals(0, run("build", "--quiet", week.weekDir().toString(), "--out", outDir().toString()), err::toString);
        assertEquals(0, run("build", "--all", "-q", "--content", week.contentDir().toString(), "--out", outDir().toString()),
                err::toString);
        assertEquals("", out.toString());
        assertEquals("", err.toString());
        assertTrue(Files.exists(outDir().resolve("2026-W14/telecom-weekly-2026-W14.html")));
    }

    @Test
    void allWithAWeekFolderIsAUsageError() {
        ExampleWeek week = ExampleWeek.copyInto(temp);
        assertEquals(2, run("build", "--all", week.weekDir().toString()));
        assertTrue(err.toString().contains("--all builds every week under --content; name no week folder with it"), err::toString);
    }

    private void assertOutputUnchanged(Map<Path, byte[]> before) throws IOException {
        Map<Path, byte[]> after = snapshot(outDir());
        assertEquals(before.keySet(), after.keySet(), "the same files, and no leftovers");
        before.forEach((path, bytes) -> assertTrue(java.util.Arrays.equals(bytes, after.get(path)), path + " unchanged"));
    }

    private static Map<Path, byte[]> snapshot(Path dir) throws IOException {
        Map<Path, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
