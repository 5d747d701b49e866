package com.sectorweekly.content;

import com.sectorweekly.testing.ExampleWeek;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every mistake in the content is reported with its file, line and column, and what was expected. */
class ContentErrorsTest {

    @TempDir
    Path temp;

    private ExampleWeek week() {
        return ExampleWeek.copyInto(temp);
    }

    private List<Problem> problems(ExampleWeek week) {
        ContentException e = assertThrows(ContentException.class,
                () -> new ContentLoader(week.contentDir()).load(week.weekDir()));
        return e.problems();
    }

    private static String only(List<Problem> problems) {
        assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
        return problems.get(0).toString();
    }

    @Test
    void aControlCharacterInADataFileIsNamedOnItsOwnLine() throws Exception {
        ExampleWeek week = week();
        Path closes = week.file("server-index.csv");
        List<String> lines = Files.readAllLines(closes);
        lines.set(3, "\u0001" + lines.get(3));
        Files.write(closes, lines);
        assertEquals("2026-W13/server-index.csv:4: holds the control character U+0001, which no report can print; remove it",
                only(problems(week)));
    }

    /** A pipe would be read without end and a device without limit: only regular files are read. */
    @Test
    void aPipeOrADeviceInPlaceOfAFileIsRefusedAtOnce() throws Exception {
        ExampleWeek week = week();
        Path news = week.file("news.yaml");
        Files.delete(news);
        Process mkfifo = new ProcessBuilder("mkfifo", news.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is needed to make a pipe");
        Path market = week.file("market.yaml");
        Files.delete(market);
        Files.createSymbolicLink(market, Path.of("/dev/zero"));
        List<Problem> problems = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> problems(week), "loading must not wait on a pipe or read a device");
        assertEquals(List.of("2026-W13/market.yaml: is not a regular file (a folder, a pipe or a device); content is read from files only",
                "2026-W13/news.yaml: is not a regular file (a folder, a pipe or a device); content is read from files only"),
                problems.stream().map(Problem::toString).sorted().toList());
    }

    @Test
    void unknownKeyNamesTheNearestKnownOne() {
        ExampleWeek week = week().replace("week.yaml", "headline:", "headlin:");
        int line = week.lineOf("week.yaml", "headlin:");
        String problem = only(problems(week));
        assertTrue(problem.startsWith("2026-W13/week.yaml:" + line + ":1: unknown key 'headlin'; did you mean 'headline'?"),
                problem);
        assertTrue(problem.contains("expected one of: analysts, assistants, company_ratings, headline"), problem);
    }

    @Test
    void percentageWrittenAsTextSaysHowToWriteIt() {
        ExampleWeek week = week().replace("segments.yaml", "week_change: 2.43", "week_change: +2.43%");
        int line = week.lineOf("segments.yaml", "+2.43%");
        int column = week.columnOf("segments.yaml", "+2.43%");
        assertEquals("2026-W13/segments.yaml:" + line + ":" + column + ": '+2.43%' is not a number "
                        + "(write percentages as plain numbers: -3.25 for -3.25%) (at segments[1].week_change)",
                only(problems(week)));
    }

    @Test
    void missingRequiredKeyIsNamed() {
        ExampleWeek week = week().replace("market.yaml", "rank: 22\n", "");
        String problem = only(problems(week));
        assertTrue(problem.startsWith("2026-W13/market.yaml:"), problem);
        assertTrue(problem.endsWith("missing required key 'rank' in the top level"), problem);
    }

    @Test
    void emptyRequiredValueIsRefused() {
        ExampleWeek week = week().replace("week.yaml", "headline: 光交换场景持续拓宽，国产 AI 芯片验证推进顺利", "headline:");
        int line = week.lineOf("week.yaml", "headline:");
        String problem = only(problems(week));
        assertEquals("2026-W13/week.yaml:" + line + ":1: 'headline' is empty; a value is required here", problem);
    }

    @Test
    void invalidDateSaysTheExpectedForm() {
        ExampleWeek week = week().replace("week.yaml", "report_date: 2026-03-27", "report_date: 2026-02-30");
        int line = week.lineOf("week.yaml", "report_date:");
        assertEquals("2026-W13/week.yaml:" + line + ":14: '2026-02-30' is not a date written YYYY-MM-DD (at report_date)",
                only(problems(week)));
    }

    @Test
    void invalidWeekSaysTheExpectedForm() {
        ExampleWeek week = week().replace("week.yaml", "week: 2026-W13", "week: 2026-13");
        int line = week.lineOf("week.yaml", "week: 2026-13");
        assertEquals("2026-W13/week.yaml:" + line + ":7: '2026-13' is not an ISO week; write it as YYYY-Www, e.g. 2026-W13 (at week)",
                only(problems(week)));
    }

    @Test
    void duplicateKeyIsAnError() {
        ExampleWeek week = week().replace("market.yaml", "rank: 22", "rank: 22\nrank: 23");
        int line = week.lineOf("market.yaml", "rank: 23");
        String problem = only(problems(week));
        assertTrue(problem.startsWith("2026-W13/market.yaml:" + line + ":"), problem);
        assertTrue(problem.contains("Duplicate field 'rank'"), problem);
    }

    @Test
    void yamlSyntaxErrorHasItsPlace() {
        ExampleWeek week = week().replace("market.yaml", "rank: 22", "rank: [22");
        String problem = only(problems(week));
        assertTrue(problem.matches("2026-W13/market\\.yaml:\\d+:\\d+: .+"), problem);
    }

    @Test
    void everyProblemOfEveryFileIsReportedSortedByPlace() {
        ExampleWeek week = week()
                .replace("week.yaml", "headline:", "headlin:")
                .replace("week.yaml", "publication_time: \"07:30\"", "publication_time:")
                .replace("market.yaml", "rank: 22", "rank: first")
                .replace("desk.yaml", "team: 通信组", "teams: 通信组");
        List<String> places = problems(week).stream()
                .map(p -> p.location().file() + ":" + p.location().line())
                .toList();
        assertEquals(List.of(
                "2026-W13/market.yaml:" + week.lineOf("market.yaml", "rank: first"),
                "2026-W13/week.yaml:" + week.lineOf("week.yaml", "publication_time:"),
                "2026-W13/week.yaml:" + week.lineOf("week.yaml", "headlin:"),
                "desk.yaml:" + week.lineOf("desk.yaml", "teams:")), places);
    }

    @Test
    void missingFileIsNamed() throws Exception {
        ExampleWeek week = week();
        Files.delete(week.file("news.yaml"));
        assertEquals("2026-W13/news.yaml: file not found", only(problems(week)));
    }

    @Test
    void seriesLinkedFromOutsideTheContentFolderIsRefused() throws Exception {
        ExampleWeek week = week();
        Path outside = Files.writeString(temp.resolve("outside.csv"), "date,close\n2026-03-27,1\n");
        Files.createSymbolicLink(week.weekDir().resolve("linked.csv"), outside);
        week.replace("segments.yaml", "series: idc-index.csv", "series: linked.csv");
        int line = week.lineOf("segments.yaml", "linked.csv");
        assertEquals("2026-W13/segments.yaml:" + line + ":13: 'linked.csv' links to a file outside the content folder",
                only(problems(week)));
    }

    @Test
    void emptyFileSaysWhatItShouldHold() {
        ExampleWeek week = week();
        week.write("news.yaml", "# nothing yet\n");
        assertEquals("2026-W13/news.yaml: the file is empty; expected a mapping with the keys industry, company, big_tech",
                only(problems(week)));
    }

    @Test
    void aliasBombIsRefusedQuickly() {
        ExampleWeek week = week();
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            char prev = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(prev).append(", *").append(prev)
                    .append(", *").append(prev).append(", *").append(prev).append("]\n");
        }
        week.write("news.yaml", bomb.toString());
        long start = System.nanoTime();
        List<Problem> problems = problems(week);
        assertTrue((System.nanoTime() - start) / 1_000_000 < 5_000, "refused within seconds");
        assertTrue(problems.stream().allMatch(p -> p.location().file().equals("2026-W13/news.yaml")), problems::toString);
    }

    @Test
    void oversizedFileIsRefused() {
        ExampleWeek week = week();
        week.write("news.yaml", "# " + "x".repeat(YamlFile.MAX_BYTES) + "\n");
        assertEquals("2026-W13/news.yaml: is larger than 1024 KiB, the most a file of this kind may be", only(problems(week)));
    }
}
