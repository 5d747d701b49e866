package com.sectorweekly.cli;

import com.sectorweekly.testing.ExampleWeek;
import com.sectorweekly.testing.Folders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code sector-weekly new}: next week's folder from the last one, and never over an existing one. */
class NewCommandTest extends CommandTest {

    @TempDir
    Path temp;

    private ExampleWeek example;
    private Path w14;

    private int makeNextWeek() {
        example = ExampleWeek.copyInto(temp);
        w14 = example.contentDir().resolve("2026-W14");
        return run("new", "--content", example.contentDir().toString());
    }

    private String w14(String file) throws IOException {
        return Files.readString(w14.resolve(file));
    }

    @Test
    void movesTheDatesByAWeekAndKeepsWhatCarriesOver() throws IOException {
        assertEquals(0, makeNextWeek(), err::toString);
        String meta = w14("week.yaml");
        assertTrue(meta.contains("\nweek: 2026-W14\n"), meta);
        assertTrue(meta.contains("\nreport_date: 2026-04-03\n"), meta);
        assertTrue(meta.contains("\nrisks: [ai-monetisation, technology, supply-chain, trade-policy, competition]\n"), meta);
        assertTrue(meta.contains("\nanalysts: [lin-zhiyuan]\n"), meta);
        String market = w14("market.yaml");
        assertTrue(market.contains("\nfrom: 2026-03-30\nto: 2026-04-03\n"), market);
        assertTrue(market.contains("\nindustry_count: 31\n"), market);
        // The 景气度 table and the indices are the same text as last week's.
        String before = example.read("segments.yaml");
        String after = w14("segments.yaml");
        assertEquals(before.substring(before.indexOf("sentiment:")), after.substring(after.indexOf("sentiment:")));
        assertTrue(after.contains("index: {code: 8841058.WI, name: 服务器指数}"), after);
        assertEquals(example.read("core-data.yaml"), w14("core-data.yaml"));
        assertEquals(Files.readString(example.weekDir().resolve("server-index.csv")), w14("server-index.csv"));
        // The files keep their comments, the editor's schema line first.
        assertTrue(meta.startsWith("# yaml-language-server: $schema=../schemas/week.schema.json\n# The week's front matter"), meta);
    }

    @Test
    void emptiesAndMarksWhatMustBeRefreshedAndSaysWhere() throws IOException {
        assertEquals(0, makeNextWeek(), err::toString);
        String segments = w14("segments.yaml");
        assertTrue(segments.contains("    week_change: ~  # 待更新，上周 -3.25\n"), segments);
        assertTrue(segments.contains("    commentary: ~  # 待更新\n"), segments);
        assertTrue(w14("week.yaml").contains("\nheadline: ~  # 待更新\n"));
        assertTrue(w14("week.yaml").contains("\nviews: []  # 待更新\n"));
        String market = w14("market.yaml");
        assertTrue(market.contains("\nsector_change: ~  # 待更新，上周 -1.42\nrank: ~  # 待更新，上周 22\n"), market);
        assertTrue(market.contains("\ngainers: []  # 待更新\nlosers: []  # 待更新\n"), market);
        assertFalse(market.contains("光库科技"), market);
        String news = w14("news.yaml");
        assertTrue(news.contains("\nindustry: []  # 待更新\n") && news.contains("\nbig_tech: []  # 待更新\n"), news);
        assertFalse(news.contains("text:"), news);
        String said = out.toString();
        assertTrue(said.startsWith("Made " + w14 + " from 2026-W13: report date 2026-04-03, market week 2026-03-30 to 2026-04-03"), said);
        assertTrue(said.contains("49 places to fill in"), said);
        // The industries keep their names and order; only each week's move is emptied, and listed.
        assertTrue(market.contains("\n  - {name: 农林牧渔, change: ~}  # 待更新，上周 -1.29\n"), market);
        assertTrue(said.contains(w14.resolve("market.yaml") + ":14:26: 'change' to fill in; last week -1.29"), said);
        int line = lineOf(segments, "week_change: ~");
        assertTrue(said.contains(w14.resolve("segments.yaml") + ":" + line + ":18: 'week_change' to fill in; last week -3.25"), said);
    }

    @Test
    void theNewWeekDoesNotBuildUntilItIsFilledIn() {
        assertEquals(0, makeNextWeek(), err::toString);
        out.getBuffer().setLength(0);
        assertEquals(2, run("check", w14.toString()));
        assertTrue(out.toString().contains("'headline' is empty"), out::toString);
        assertFalse(out.toString().contains("'week_change'"), "a segment's moves come from its closes where they are left out: "
                + out);
    }

    @Test
    void aFilledInNewWeekWhoseIndustriesAreDroppedIsWarned() throws IOException {
        assertEquals(0, makeNextWeek(), err::toString);
        Path segments = w14.resolve("segments.yaml");
        Files.writeString(segments, Files.readString(segments)
                .replaceAll("week_change: ~.*", "week_change: 1.00")
                .replaceAll("month_to_date_change: ~.*", "month_to_date_change: 2.00")
                .replaceAll("commentary: ~.*", "commentary: 本周震荡。")
                .replaceAll("(?m)^    series: .*\n", ""));
        Path market = w14.resolve("market.yaml");
        Files.writeString(market, Files.readString(market)
                .replace("sector_change: ~  # 待更新，上周 -1.42", "sector_change: 0.5")
                .replace("rank: ~  # 待更新，上周 22", "rank: 12")
                .replaceAll("(?m)^  - \\{name: .*, change: ~}.*\n", "")
                .replaceFirst("industries:", "industries: []"));
        Path meta = w14.resolve("week.yaml");
        Files.writeString(meta, Files.readString(meta).replace("headline: ~  # 待更新", "headline: 新的一周"));
        out.getBuffer().setLength(0);
        run("check", w14.toString());
        assertTrue(out.toString().contains("industries is empty although 2026-W13 listed them; "
                + "the ranking chart of all industries will be left out"), out::toString);
    }

    @Test
    void anEnglishDesksMarksAreInEnglish() throws IOException {
        Path content = Folders.copy(Path.of("content/examples/english"), temp.resolve("english"));
        assertEquals(0, run("new", "--content", content.toString()), err::toString);
        String segments = Files.readString(content.resolve("2026-W14/segments.yaml"));
        assertTrue(segments.contains("    week_change: ~  # to update; last week -3.25\n"), segments);
        assertTrue(segments.contains("    commentary: ~  # to update\n"), segments);
        assertTrue(out.toString().contains("'week_change' to fill in; last week -3.25"), out::toString);
    }

    @Test
    void neverOverwritesAWeek() throws IOException {
        assertEquals(0, makeNextWeek(), err::toString);
        Files.writeString(w14.resolve("week.yaml"), "# the analyst's work\n");
        err.getBuffer().setLength(0);
        assertEquals(2, run("new", "--content", example.contentDir().toString(), "2026-W14"));
        assertTrue(err.toString().contains("2026-W14 already exists; new never overwrites a report"), err::toString);
        assertEquals("# the analyst's work\n", w14("week.yaml"));
    }

    @Test
    void makesANamedWeekFromANamedOneAndRefusesAnEarlierOne() throws IOException {
        example = ExampleWeek.copyInto(temp);
        assertEquals(0, run("new", "--content", example.contentDir().toString(), "--from", "2026-W13", "2026-W15"), err::toString);
        String meta = Files.readString(example.contentDir().resolve("2026-W15/week.yaml"));
        assertTrue(meta.contains("\nreport_date: 2026-04-10\n"), meta);
        assertEquals(2, run("new", "--content", example.contentDir().toString(), "--from", "2026-W13", "2026-W12"));
        assertTrue(err.toString().contains("2026-W12 is not after 2026-W13"), err::toString);
        assertFalse(Files.exists(example.contentDir().resolve("2026-W12")));
        try (var left = Files.list(example.contentDir())) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".")), "no staging folder is left behind");
        }
    }

    @Test
    void aSegmentsPageOneTextIsEmptiedAndOneWithoutAnIndexGetsNoMoves() throws IOException {
        example = ExampleWeek.copyInto(temp);
        example.replace("segments.yaml", "    commentary: Lumentum", "    summary: 光互连需求景气上行。\n    commentary: Lumentum");
        example.replace("segments.yaml", "  - name: IDC\n", "  - name: 交换机\n    commentary: 白盒交换机出货加速。\n  - name: IDC\n");
        w14 = example.contentDir().resolve("2026-W14");
        assertEquals(0, run("new", "--content", example.contentDir().toString()), err::toString);
        String segments = w14("segments.yaml");
        assertTrue(segments.contains("    summary: ~  # 待更新\n"), segments);
        assertTrue(segments.contains("  - name: 交换机\n    commentary: ~  # 待更新\n  - name: IDC\n"), segments);
    }

    @Test
    void aMonthIsMadeFromTheLastMonthWithItsTextEmptiedAndItsFiguresKept() throws IOException {
        example = ExampleWeek.copyInto(temp);
        Folders.copy(ExampleWeek.CONTENT.resolve("2026-03"), example.contentDir().resolve("2026-03"));
        Path april = example.contentDir().resolve("2026-04");
        assertEquals(0, run("new", "2026-04", "--content", example.contentDir().toString()), err::toString);
        String report = Files.readString(april.resolve("report.yaml"));
        assertTrue(report.contains("\nreport_date: 2026-04-30\n"), "the month's last day, as March's was");
        assertTrue(report.contains("\nheadline: ~  # 待更新\n") && report.contains("\nsummary: []  # 待更新\n"), report);
        assertTrue(report.contains("\nrating: 买入\n"), "the rating carries over");
        String chapters = Files.readString(april.resolve("chapters.yaml"));
        assertFalse(chapters.contains("ChatGPT 的月访问量"), "last month's paragraphs are emptied");
        assertTrue(chapters.contains("        blocks:\n          - ~  # 待更新\n          - chart:\n"), chapters);
        assertTrue(chapters.contains("csv: global-visits.csv"), "charts and their files stay");
        assertTrue(Files.exists(april.resolve("global-visits.csv")) && Files.exists(april.resolve("app-ranking.png")));
        String said = out.toString();
        assertTrue(said.startsWith("Made " + april + " from 2026-03: report date 2026-04-30, 7 files."), said);
        assertTrue(said.contains(april.resolve("chapters.yaml") + ":9:13: a paragraph to fill in"), said);

        out.getBuffer().setLength(0);
        assertEquals(2, run("check", april.toString()));
        assertTrue(out.toString().contains("item 1 of the list is empty; write it, or remove its line"), out::toString);
    }

    @Test
    void theReportToStartFromGivesTheKindWhenNoneIsNamed() throws IOException {
        example = ExampleWeek.copyInto(temp);
        Folders.copy(ExampleWeek.CONTENT.resolve("2026-03"), example.contentDir().resolve("2026-03"));
        assertEquals(0, run("new", "--from", "2026-03", "--content", example.contentDir().toString()), err::toString);
        assertTrue(Files.exists(example.contentDir().resolve("2026-04/report.yaml")), out::toString);
    }

    @Test
    void aOneOffReportStartsFromASkeletonThatDoesNotBuildUntilFilledIn() throws IOException {
        Path content = Folders.copy(ExampleWeek.CONTENT.resolve("examples/jinghua"), temp.resolve("jinghua"));
        Path report = content.resolve("2025-03-01-optics");
        assertEquals(0, run("new", "2025-03-01-optics", "--content", content.toString()), err::toString);
        String front = Files.readString(report.resolve("report.yaml"));
        assertTrue(front.contains("\nkind: thematic\nreport_date: 2025-03-01\n"), front);
        assertFalse(front.contains("rating:"), "the desk's thematic reports carry no sector rating");
        assertTrue(out.toString().contains("6 places to fill in"), out::toString);
        out.getBuffer().setLength(0);
        assertEquals(2, run("check", report.toString()));
        assertTrue(out.toString().contains("'headline' is empty"), out::toString);
    }

    @Test
    void aPeriodTheDeskDoesNotPublishOrAKindItLacksIsRefused() {
        example = ExampleWeek.copyInto(temp);
        assertEquals(2, run("new", "2026-04-15-ai-chips", "--content", example.contentDir().toString()));
        assertTrue(err.toString().contains("the desk publishes no report by the date; desk.yaml's report_kinds: weekly (week), "
                + "monthly (month)"), err::toString);
        err.getBuffer().setLength(0);
        assertEquals(2, run("new", "2026-04", "--kind", "weekly", "--content", example.contentDir().toString()));
        assertTrue(err.toString().contains("'2026-04' is not an ISO week, e.g. 2026-W13, as a weekly report is named"), err::toString);
        assertFalse(Files.exists(example.contentDir().resolve("2026-04")));
    }

    private static int lineOf(String text, String part) {
        return text.substring(0, text.indexOf(part)).split("\n", -1).length;
    }
}
