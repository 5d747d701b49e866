package com.sectorweekly.report;

import com.sectorweekly.render.Format;
import com.sectorweekly.testing.ExampleReport;
import com.sectorweekly.testing.ExampleWeek;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What real weeks leave out, held and printed: a segment with no index of its own, a 景气度 table
 * without reasons, news without a date or a source, a risk in the week's own words, a shorter
 * page-1 text for a segment, and paragraph breaks inside a text.
 */
class OptionalWeeklyPartsTest {

    private static final String SWITCHES = """
              - name: 交换机
                commentary: |
                  白盒交换机出货加速，国产芯片方案进入头部云厂商验证。
                  第二段：Scale-up 网络的交换需求尚在早期。
            """;

    @TempDir
    static Path temp;
    private static ExampleReport report;

    @BeforeAll
    static void aWeekWithTheOptionalPartsLeftOut() {
        ExampleWeek week = ExampleWeek.copyInto(temp);
        week.replace("segments.yaml", "  - name: IDC\n", SWITCHES + "  - name: IDC\n");
        week.replace("segments.yaml", "    commentary: Lumentum", "    summary: 光互连需求景气上行。\n    commentary: Lumentum");
        week.write("segments.yaml", week.read("segments.yaml").replaceAll("(?m)^      reason: .*\n", ""));
        week.replace("news.yaml", "    source: 科创板日报\n", "");
        week.replace("news.yaml", "  - date: 2026-03-24\n", "  - ");
        week.replace("week.yaml", "risks: [ai-monetisation, technology, supply-chain, trade-policy, competition]",
                "risks: [ai-monetisation, {title: 光缆价格回落, text: 运营商集采价格若回落，光缆厂商盈利修复将慢于预期。}]");
        report = ExampleReport.of(week.weekDir());
    }

    @Test
    void theWeekChecksWithoutErrors() {
        List<String> errors = report.findings().stream().map(Object::toString).filter(f -> f.startsWith("error")).toList();
        assertEquals(List.of(), errors);
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"MD", "HTML", "PDF"})
    void everyFormatPrintsWhatIsGivenAndNothingForWhatIsNot(Format format) {
        String text = report.text(format);
        assertTrue(text.contains("交换机：白盒交换机出货加速，国产芯片方案进入头部云厂商验证。"), () -> format + " lacks " + "交换机：白盒交换机出货加速，国产芯片方案进入头部云厂商验证。");
        assertTrue(text.contains("第二段：Scale-up网络的交换需求尚在早期。"), () -> format + " lacks " + "第二段：Scale-up网络的交换需求尚在早期。");
        assertFalse(text.contains("交换机：本周"), "a segment without an index has no moves");
        assertTrue(text.contains("光模块：本周光模块(CPO)指数+2.43%，本月以来光模块(CPO)指数+10.65%。光互连需求景气上行。"), () -> format + " lacks " + "光模块：本周光模块(CPO)指数+2.43%，本月以来光模块(CPO)指数+10.65%。光互连需求景气上行。");
        assertTrue(text.contains("Lumentum认为铜缆"), "the body keeps the full commentary");
        assertTrue(text.contains("中国信科集团宣布实现"), () -> format + " lacks " + "中国信科集团宣布实现");
        assertFalse(text.contains("科创板日报"), "the news item has no source");
        assertTrue(text.contains("1、AI商业化进度低于预期："), () -> format + " lacks " + "1、AI商业化进度低于预期：");
        assertTrue(text.contains("2、光缆价格回落：运营商集采价格若回落，光缆厂商盈利修复将慢于预期。"), () -> format + " lacks " + "2、光缆价格回落：运营商集采价格若回落，光缆厂商盈利修复将慢于预期。");
        assertFalse(text.contains("3、"), "two risks only");
        assertFalse(text.contains("高速交换机持续放量"), "no reasons are printed");
    }

    @Test
    void aReasonAndAnOwnRiskQuoteKpisAsAnyProseDoes(@TempDir Path other) {
        ExampleWeek week = ExampleWeek.copyInto(other);
        week.replace("segments.yaml", "reason: 5G 资本开支高峰已过", "reason: 宽带用户达 {broadband_users}，5G 资本开支高峰已过");
        week.replace("week.yaml", "risks: [ai-monetisation, technology, supply-chain, trade-policy, competition]",
                "risks: [{title: 宽带增长放缓, text: \"宽带用户已达 {broadband_users}，增速或继续放缓。\"}]");
        ExampleReport quoted = ExampleReport.of(week.weekDir());
        assertEquals(List.of(), quoted.findings().stream().map(Object::toString).filter(f -> f.startsWith("error")).toList());
        String text = quoted.text(Format.MD);
        assertTrue(text.contains("宽带用户达6.94亿户，5G资本开支高峰已过"), "the reason's placeholder is filled");
        assertTrue(text.contains("1、宽带增长放缓：宽带用户已达6.94亿户，增速或继续放缓。"), "the risk's placeholder is filled");
        assertFalse(text.contains("{broadband_users}"));
    }

    @Test
    void theSentimentTableHasNoReasonColumnAndTheNewsItemNoDate() {
        Document html = Jsoup.parse(new String(report.bytes(Format.HTML), StandardCharsets.UTF_8));
        Element sentiment = html.select("figure").stream().filter(f -> f.text().contains("景气度")).findFirst().orElseThrow();
        assertEquals(List.of("板块", "景气度指标"), sentiment.select("thead th").eachText());
        Element item = html.select("p.news").stream().filter(p -> p.text().contains("中国信科集团")).findFirst().orElseThrow();
        assertTrue(item.select(".date").isEmpty() && item.select(".source").isEmpty(), item::outerHtml);
        Element second = html.select("p.news").stream().filter(p -> p.text().contains("黑龙江电信")).findFirst().orElseThrow();
        assertEquals("3月25日", second.selectFirst(".date").text());
    }
}
