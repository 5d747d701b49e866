package com.sectorweekly.report;

import com.sectorweekly.document.Document;
import com.sectorweekly.document.Figure;
import com.sectorweekly.document.ItemList;
import com.sectorweekly.document.RichText;
import com.sectorweekly.document.TableFigure;
import com.sectorweekly.testing.ExampleReport;
import com.sectorweekly.testing.ExampleWeek;
import com.sectorweekly.testing.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Numbering, formatting and wording are computed once, from the data. */
class ReportAssemblerTest {

    private static final Document REPORT = ExampleReport.bundled().report;

    @Test
    void chaptersAndSubsectionsAreNumbered() {
        assertEquals(List.of(
                "一、细分行业观点",
                "二、核心数据更新",
                "2.1 运营商：用户规模稳步扩大，千兆与 5G 渗透继续提升",
                "2.2 光模块：光模块出口金额同比高增",
                "2.3 物联网：连接数稳步增长，模组出货恢复正增长",
                "2.4 海外云厂商：北美云厂商资本开支维持高增",
                "三、本周行情",
                "四、本周重要新闻",
                "4.1 行业新闻",
                "4.2 公司新闻",
                "4.3 海内外大厂重点跟踪",
                "风险提示",
                "行业投资评级的说明",
                "分析师声明",
                "特别声明"), REPORT.outline().stream().map(h -> Trees.spaced(h.text())).toList());
    }

    @Test
    void figuresShareOneSequenceAndEachHasASource() {
        List<Figure> figures = REPORT.figures();
        for (int i = 0; i < figures.size(); i++) {
            assertEquals("图表 " + (i + 1), Trees.spaced(figures.get(i).label()));
            assertTrue(figures.get(i).source().startsWith("来源："), figures.get(i).source());
            assertTrue(figures.get(i).source().endsWith("衡川证券研究所"), figures.get(i).source());
        }
        assertEquals("图表 4：本周通信板块景气度", Trees.spaced(figures.get(3).title()));
        assertEquals("来源：讯石光通讯，REUTERS，衡川证券研究所", figures.get(3).source());
        assertEquals("来源：工信部，C114 通信网，衡川证券研究所", Trees.spaced(figures.get(13).source()));
    }

    @Test
    void movesAreSignedWithTwoDecimals() {
        List<String> segments = Trees.paragraphs(Trees.section(REPORT, "segments").blocks());
        assertTrue(segments.get(0).startsWith("服务器：本周服务器指数 -3.25%，本月以来服务器指数 -8.49%。Arm"), segments.get(0));
        assertTrue(segments.get(1).startsWith("光模块：本周光模块 (CPO) 指数 +2.43%，本月以来光模块 (CPO) 指数 +10.65%。"), segments.get(1));
        assertTrue(segments.get(2).startsWith("IDC：本周 IDC 指数 -2.90%，本月以来 IDC 指数 -6.55%。"), segments.get(2));
        assertEquals("回顾本周行情（3月23日-3月27日），参考申万一级行业划分，通信板块涨跌幅为 -1.42%，在 31个行业中排名第22。",
                Trees.paragraphs(Trees.section(REPORT, "market").blocks()).get(0));
        assertEquals(List.of("1", "光库科技 (300620.SZ)", "+18.72%", "剑桥科技 (603083.SH)", "-9.36%"),
                Trees.all(Trees.section(REPORT, "market").blocks(), TableFigure.class).get(0).rows().get(0).stream().map(Trees::spaced).toList());
    }

    @Test
    void kpiPlaceholdersBecomeFormattedFigures() {
        String summary = coreDataSummary(REPORT);
        assertTrue(summary.contains("2026年1-2月电信业务收入累计 2904亿元，同比下降 1.7%"), summary);
        assertTrue(summary.contains("同比分别 +89%、+95%、+48%、+42%"), summary);
        List<String> operatorParagraphs = Trees.paragraphs(Trees.section(REPORT, "core-data-1").blocks());
        String operators = operatorParagraphs.get(0);
        assertTrue(operators.contains("比上年末增加 316.7万户"), operators);
        assertTrue(operators.contains("较上年末提升 0.8个百分点"), operators);
        String traffic = operatorParagraphs.get(1);
        assertTrue(traffic.contains("比上年末减少 678.6万户"), traffic);
    }

    @Test
    void foldedYamlLinesDoNotLeaveSpacesInChineseText() {
        String summary = coreDataSummary(REPORT);
        assertFalse(summary.contains("， "), summary);
        assertFalse(summary.contains("。 "), summary);
        assertTrue(summary.contains("4Q25 微软"), "a space between Latin and Chinese is kept: " + summary);
    }

    @Test
    void pageOnesRiskLineIsASentence() {
        assertEquals(List.of("AI 商业化进度低于预期、技术迭代不及预期、供应链集中与原材料短缺、贸易与出口管制政策变化、行业竞争加剧。"),
                Trees.paragraphs(Trees.summaryPart(REPORT, "风险提示").blocks()));
    }

    @Test
    void boldLeadInsOfViewsAreRuns() {
        ItemList views = Trees.all(Trees.summaryPart(REPORT, "通信周观点").blocks(), ItemList.class).get(0);
        assertEquals("1)", views.items().get(0).marker());
        RichText first = views.items().get(0).lead().text();
        assertEquals(RichText.Run.bold("OFC 2026\u2009前瞻研讨"), first.runs().get(0));
        assertFalse(first.runs().get(1).bold());
        assertTrue(first.runs().get(1).text().startsWith("："));
    }

    @Test
    void aFigureChangedInItsKpiChangesEveryPlaceThatQuotesIt(@TempDir Path temp) {
        ExampleWeek week = ExampleWeek.copyInto(temp)
                .replace("core-data.yaml", "value: 2904, unit: 亿元", "value: 2911, unit: 亿元");
        Document report = ExampleReport.of(week.weekDir()).report;
        assertTrue(coreDataSummary(report).contains("累计 2911亿元"));
        assertEquals("2911亿元", Trees.all(Trees.section(report, "core-data-1").blocks(), TableFigure.class)
                .get(0).rows().get(0).get(1));
        assertFalse(coreDataSummary(report).contains("2904"));
    }

    private static String coreDataSummary(Document report) {
        return Trees.paragraphs(Trees.summaryPart(report, "核心数据更新").blocks()).get(0);
    }

    @Test
    void chineseNumeralsForChapters() {
        assertEquals("一", ChineseNumerals.of(1));
        assertEquals("十", ChineseNumerals.of(10));
        assertEquals("十二", ChineseNumerals.of(12));
        assertEquals("二十", ChineseNumerals.of(20));
        assertEquals("九十九", ChineseNumerals.of(99));
    }
}
