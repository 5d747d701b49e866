package com.sectorweekly.check;

import com.sectorweekly.testing.ExampleWeek;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each consistency rule: one week that breaks it is reported; the example week has no finding. */
class CheckerTest {

    @TempDir
    Path temp;

    private ExampleWeek week() {
        return ExampleWeek.copyInto(temp);
    }

    private static String at(ExampleWeek week, String file, String text) {
        String name = file.equals("desk.yaml") ? file : "2026-W13/" + file;
        return name + ":" + week.lineOf(file, text) + ":" + week.columnOf(file, text);
    }

    @Test
    void exampleWeekHasNoFinding() throws Exception {
        assertEquals(List.of(), week().findings());
    }

    @Test
    void misspeltCompanyNamesTheNearestKnownOne() throws Exception {
        ExampleWeek week = week().replace("news.yaml", "company: Microsoft", "company: Mircosoft");
        assertEquals(List.of("warning " + at(week, "news.yaml", "Mircosoft") + " unknown company 'Mircosoft'; did you mean 'Microsoft'?"),
                week.findings());
    }

    @Test
    void unknownIndexAndMoverCodeAgainstTheRegistry() throws Exception {
        ExampleWeek week = week()
                .replace("segments.yaml", "code: 866052.WI", "code: 866062.WI")
                .replace("market.yaml", "code: 688205.SH", "code: 688250.SH");
        assertEquals(List.of(
                "warning " + at(week, "market.yaml", "688250.SH") + " 德科立 is 688205.SH in registry.yaml, not 688250.SH",
                "warning " + at(week, "segments.yaml", "866062.WI") + " index code '866062.WI' is not in registry.yaml; did you mean '866052.WI'?"),
                week.findings());
    }

    @Test
    void withoutARegistryNamesAreNotCheckedAndItSaysSo() throws Exception {
        ExampleWeek week = week();
        Files.delete(week.contentDir().resolve("registry.yaml"));
        assertEquals(List.of("warning registry.yaml not found beside desk.yaml; company and index names are not checked"),
                week.findings());
    }

    @Test
    void indexMoveRestatedWithAnotherValueIsAnError() throws Exception {
        ExampleWeek week = week().replace("segments.yaml", "我们判断高速光模块的需求景气仍在上行通道。", "本月以来光模块指数+8.02%。");
        assertEquals(List.of("error " + at(week, "segments.yaml", "Lumentum 认为") + " states 光模块指数 +8.02% but segments.yaml "
                + "has +10.65% month to date; the move is printed from the data, so the sentence can go"), week.findings());
    }

    @Test
    void kpiTypedByHandWithAnotherValueIsAnError() throws Exception {
        ExampleWeek week = week().replace("core-data.yaml", "移动互联网累计流量{mobile_traffic}", "移动互联网累计流量666.9亿GB");
        List<String> found = week.findings();
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).startsWith("error 2026-W13/core-data.yaml:"), found::toString);
        assertTrue(found.get(0).endsWith("states 移动互联网累计流量 666.9亿GB but KPI 'mobile_traffic' is 666.7亿GB; write {mobile_traffic} to quote it"),
                found::toString);
    }

    @Test
    void rankOutsideTheIndustries() throws Exception {
        ExampleWeek week = week().replace("market.yaml", "rank: 22", "rank: 32");
        assertEquals(List.of("error " + at(week, "market.yaml", "32") + " rank 32 is outside 1..31 (industry_count)"), week.findings());
    }

    @Test
    void moversMustBeTheDesksNumberSortedAndApart() throws Exception {
        ExampleWeek week = week()
                .replace("market.yaml", "  - {name: 铭普光磁, code: 002902.SZ, change: 13.81}\n", "")
                .replace("market.yaml", "change: -9.36}", "change: 14.00}")
                .replace("market.yaml", "change: -14.15}", "change: -13.00}");
        assertEquals(List.of(
                "error 2026-W13/market.yaml:" + (week.lineOf("market.yaml", "gainers:") + 1)
                        + ":3 gainers lists 4 companies; the desk lists 5 (checks.movers in desk.yaml)",
                "error " + at(week, "market.yaml", "14.00") + " 剑桥科技 +14.00% is listed as a loser but is not below 亨通光电 +13.89% among the gainers",
                "error " + at(week, "market.yaml", "-13.00") + " losers run from the smallest fall to the biggest: 国盾量子 -13.00% comes after 鼎通科技 -14.10%"),
                week.findings());
    }

    @Test
    void implausibleMoveIsAWarning() throws Exception {
        ExampleWeek week = week().replace("segments.yaml", "week_change: 2.43", "week_change: 243");
        String place = at(week, "segments.yaml", "243");
        assertEquals(List.of(
                "error " + place + " written as +243.00%, but 2026-W13/optical-module-index.csv gives +2.43% this week "
                        + "(2026-03-27 9698.69 against 2026-03-20 9468.61)",
                "warning " + place + " 光模块(CPO)指数 this week moved +243.00%, beyond the desk's "
                        + "plausible ±20%; moves are written in percent (2.43 for +2.43%)"), week.findings());
    }

    @Test
    void seriesThatEndsBeforeTheWeekSaysSo() throws Exception {
        ExampleWeek week = week();
        Path csv = week.weekDir().resolve("idc-index.csv");
        List<String> rows = Files.readAllLines(csv);
        Files.write(csv, rows.subList(0, rows.size() - 5));
        assertEquals(List.of("error " + at(week, "segments.yaml", "idc-index.csv") + " 2026-W13/idc-index.csv ends on "
                + "2026-03-20, before this week began (2026-03-23); add this week's closes"), week.findings());
    }

    @Test
    void everyTableNeedsASource() throws Exception {
        ExampleWeek week = week().replace("segments.yaml", "sources: [讯石光通讯, REUTERS]", "sources: []");
        assertEquals(List.of("error " + at(week, "segments.yaml", "[]") + " the 景气度 table needs its sources (来源), e.g. [Wind]"),
                week.findings());
    }

    @Test
    void kpiOlderThanItsFrequencyAllowsOrDatedAfterTheReport() throws Exception {
        ExampleWeek week = week()
                .replace("core-data.yaml", "period: 2026年2月, as_of: 2026-02-28, source: Wind}", "period: 2025年11月, as_of: 2025-11-30, source: Wind}")
                .replace("core-data.yaml", "period: 2026年1-2月, as_of: 2026-02-28, source: Wind}", "period: 2026年1-3月, as_of: 2026-03-31, source: Wind}");
        assertEquals(List.of(
                "warning " + at(week, "core-data.yaml", "2025-11-30") + " KPI 'optical_exports_month' is as of 2025-11-30, 117 days before "
                        + "the report; a monthly figure is refreshed within 75 days (checks.kpi_max_age_days in desk.yaml)",
                "error " + at(week, "core-data.yaml", "2026-03-31") + " KPI 'optical_exports_ytd' is as of 2026-03-31, after the report date 2026-03-27"),
                week.findings().stream().filter(f -> f.contains(" KPI '")).toList(), "the KPIs' ages");
        assertTrue(week.findings().stream().anyMatch(f -> f.contains("'1-2月' stands beside {optical_exports_ytd}, whose figure is for 2026年1-3月")),
                "and the prose that still names the old period: " + week.findings());
    }

    @Test
    void textWrittenAfreshEachWeekIsNamedAtOnceAndATableRowAfterTheDesksNumberOfWeeks() throws Exception {
        ExampleWeek week = week();
        for (int w = 10; w <= 12; w++) {
            copyAsEarlierWeek(week, w);
        }
        List<String> found = week.findings();
        String coolingRow = "warning " + at(week, "segments.yaml", "海外云厂商与国内液冷企业洽谈")
                + " unchanged since 2026-W10 (3 earlier reports); confirm it still holds";
        String headline = "warning " + at(week, "week.yaml", "光交换场景持续拓宽")
                + " the same as in 2026-W12; it is written afresh each time: update it";
        assertTrue(found.contains(coolingRow), found::toString);
        assertTrue(found.contains(headline), found::toString);
        assertTrue(found.stream().allMatch(f -> f.startsWith("warning ")), found::toString);

        Files.walk(week.contentDir().resolve("2026-W10")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        found = week.findings();
        assertTrue(found.contains(headline), "a view, a headline or a commentary is named after one week: " + found);
        assertTrue(!found.contains(coolingRow) && found.stream().noneMatch(f -> f.contains("unchanged since")),
                "a table row may stand for two weeks, below the desk's threshold of three: " + found);
    }

    @Test
    void aTextWhoseFiguresAloneChangedIsACopy() throws Exception {
        ExampleWeek week = week();
        copyAsEarlierWeek(week, 12);
        week.replace("segments.yaml", "光模块的需求景气仍在上行通道。", "光模块的需求景气仍在上行通道，出货 300 万只。");
        Path earlier = week.contentDir().resolve("2026-W12/segments.yaml");
        Files.writeString(earlier, Files.readString(earlier).replace("光模块的需求景气仍在上行通道。", "光模块的需求景气仍在上行通道，出货 250 万只。"));
        List<String> found = week.findings();
        assertTrue(found.contains("warning " + at(week, "segments.yaml", "Lumentum 认为铜缆")
                + " the same as in 2026-W12 but for its figures; was the rest updated?"), found::toString);
    }

    /** Copies 2026-W13 to 2026-W<n>, with its week and report date moved back. */
    private static void copyAsEarlierWeek(ExampleWeek week, int n) throws IOException {
        Path dir = week.contentDir().resolve("2026-W" + n);
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(week.weekDir())) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        String date = java.time.LocalDate.of(2026, 3, 27).minusWeeks(13 - n).toString();
        Path meta = dir.resolve("week.yaml");
        Files.writeString(meta, Files.readString(meta).replace("week: 2026-W13", "week: 2026-W" + n)
                .replace("report_date: 2026-03-27", "report_date: " + date));
    }
}
