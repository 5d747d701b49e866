package com.sectorweekly.check;

import com.sectorweekly.testing.ExampleWeek;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a week refers to (in desk.yaml, among its KPIs, in the outline) must exist: each missing
 * reference is an error at its place, and the other rules wait until none is left.
 */
class ReferenceCheckTest {

    @TempDir
    Path temp;

    private ExampleWeek week() {
        return ExampleWeek.copyInto(temp);
    }

    private static String only(List<String> findings) {
        assertEquals(1, findings.size(), () -> "expected one finding, got " + findings);
        return findings.get(0);
    }

    @Test
    void unknownAnalystPointsAtTheListEntry() throws Exception {
        ExampleWeek week = week().replace("week.yaml", "analysts: [lin-zhiyuan]", "analysts: [lin-zhiyuan, wang-wu]");
        int line = week.lineOf("week.yaml", "wang-wu");
        int column = week.columnOf("week.yaml", "wang-wu");
        assertEquals("error 2026-W13/week.yaml:" + line + ":" + column
                + " analyst 'wang-wu' is not among desk.yaml's analysts; expected one of: lin-zhiyuan, su-xiaolan", only(week.findings()));
    }

    @Test
    void ratingOutsideTheDeskScale() throws Exception {
        ExampleWeek week = week().replace("week.yaml", "rating: 买入", "rating: 强烈推荐");
        int line = week.lineOf("week.yaml", "强烈推荐");
        assertEquals("error 2026-W13/week.yaml:" + line + ":9 rating '强烈推荐' is not in the desk's rating scale; "
                + "expected one of: 买入, 增持, 中性, 减持", only(week.findings()));
    }

    @Test
    void sentimentLevelOutsideTheDeskScale() throws Exception {
        ExampleWeek week = week().replace("segments.yaml", "level: 高景气维持", "level: 非常好");
        int line = week.lineOf("segments.yaml", "非常好");
        int column = week.columnOf("segments.yaml", "非常好");
        String finding = only(week.findings());
        assertTrue(finding.startsWith("error 2026-W13/segments.yaml:" + line + ":" + column
                + " 景气度 level '非常好' is not on the desk's scale; expected one of: 高景气维持, 加速向上"), finding);
    }

    @Test
    void kpiPlaceholderThatNamesNoKpi() throws Exception {
        ExampleWeek week = week().replace("core-data.yaml", "{optical_exports_ytd}，海外", "{optical_export_ytd}，海外");
        String finding = only(week.findings());
        assertTrue(finding.contains("{optical_export_ytd} names no KPI; core-data.yaml defines: telecom_revenue"), finding);
    }

    @Test
    void trendOfAKpiWithoutChange() throws Exception {
        ExampleWeek week = week().replace("core-data.yaml", "占移动电话用户的{users_5g_share}", "占移动电话用户的{users_5g_share.trend}");
        assertTrue(only(week.findings()).endsWith(
                "{users_5g_share.trend}: KPI 'users_5g_share' has no change; add change: to it in core-data.yaml"));
    }

    @Test
    void weekMustMatchItsFolderAndDate() throws Exception {
        ExampleWeek week = week().replace("week.yaml", "report_date: 2026-03-27", "report_date: 2026-03-30");
        int line = week.lineOf("week.yaml", "report_date:");
        assertEquals("error 2026-W13/week.yaml:" + line + ":14 report date 2026-03-30 is outside 2026-W13 "
                + "(2026-03-23 to 2026-03-29)", only(week.findings()));
    }

    @Test
    void theDesksOutlineNamesBlocksThatExistAndHeadingsTheWordingHas() throws Exception {
        ExampleWeek week = week();
        Path outline = week.contentDir().resolve("outlines/weekly.yaml");
        Files.createDirectories(outline.getParent());
        Files.writeString(outline, """
                summary:
                  - {label: cover.views, holds: [views]}
                chapters:
                  - {id: market, label: section.market, holds: [market_reveiw]}
                  - {id: market, label: section.markt, holds: [risks]}
                  - {title: 附录, label: section.risks, style: small}
                """);
        List<String> findings = week.findings();
        assertEquals(List.of(
                "error outlines/weekly.yaml:4:49 block 'market_reveiw' is not a block this tool builds; did you mean 'market_review'? expected one of: "
                        + String.join(", ", com.sectorweekly.model.Outline.BLOCKS),
                "error outlines/weekly.yaml:5:10 id 'market' is used twice; each part's anchor is its own",
                "error outlines/weekly.yaml:5:25 label 'section.markt' is not in the report's wording; "
                        + "did you mean 'section.market'? or write the heading as printed under title:",
                "error outlines/weekly.yaml:6:5 a part has either a label (a heading from the report's wording) "
                        + "or a title (the heading as printed), not both",
                "error outlines/weekly.yaml:6:46 style 'small' is not a style of outline part; expected one of: compliance"), findings);
    }
}
