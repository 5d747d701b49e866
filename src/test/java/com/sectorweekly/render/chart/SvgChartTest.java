package com.sectorweekly.render.chart;

import com.sectorweekly.document.Chart;
import com.sectorweekly.document.ChartFigure;
import com.sectorweekly.testing.ExampleReport;
import com.sectorweekly.testing.ExampleWeek;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SVG drawings are the report's data: bars and labels come from the model, the same data gives the same bytes. */
class SvgChartTest {

    /** The coordinates' rounding gives what BigDecimal's half-up gives, ties and near-ties included. */
    @Test
    void coordinatesRoundAsBigDecimalHalfUpDoes() {
        java.util.Random random = new java.util.Random(20261202);
        List<Double> values = new java.util.ArrayList<>(List.of(0.0, -0.0, 1.005, 2.675, -0.125, 0.004999, 0.005, -0.005,
                123.455, 1e-9, -1e-9, 99.995, 0.1 + 0.2, 1e16, -12345.675, 600.0, 0.5));
        for (int i = 0; i < 200_000; i++) {
            double scale = Math.pow(10, random.nextInt(8) - 2);
            values.add((random.nextDouble() - 0.3) * scale);
            values.add(Math.round(random.nextDouble() * 100_000) / 1000.0 * (random.nextBoolean() ? 1 : -1));
        }
        for (double value : values) {
            String exact = java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP)
                    .stripTrailingZeros().toPlainString();
            assertEquals(exact, SvgChart.round(value), "rounding " + value);
        }
    }


    private static final ExampleReport EXAMPLE = ExampleReport.bundled();

    @TempDir
    Path temp;

    @Test
    void kpiBarsAreTheHistorysValues() {
        ChartFigure dou = captioned(EXAMPLE.report, "DOU");
        List<Chart.History.Period> periods = ((Chart.History) dou.chart()).periods();
        List<Double> heights = barHeights(EXAMPLE.report, dou);
        assertEquals(periods.size(), heights.size(), "one bar per period");
        double scale = heights.get(0) / periods.get(0).value().doubleValue();
        for (int i = 0; i < periods.size(); i++) {
            assertEquals(periods.get(i).value().doubleValue() * scale, heights.get(i), 0.05, periods.get(i).label());
        }
        assertEquals("19.31", periods.get(periods.size() - 1).value().toPlainString(), "the last bar is the KPI itself");
    }

    @Test
    void changingOneValueOfTheCsvMovesThatBarOnly() {
        ExampleWeek week = ExampleWeek.copyInto(temp).replace("dou.csv", "2025-06,18.16", "2025-06,9.08");
        com.sectorweekly.document.Document changed = ExampleReport.of(week.weekDir()).report;
        List<Double> before = barHeights(EXAMPLE.report, captioned(EXAMPLE.report, "DOU"));
        List<Double> after = barHeights(changed, captioned(changed, "DOU"));
        int june = 4;
        for (int i = 0; i < before.size(); i++) {
            double expected = i == june ? before.get(i) / 2 : before.get(i);
            assertEquals(expected, after.get(i), 0.05, "bar " + i);
        }
        assertNotEquals(svg(EXAMPLE.report, captioned(EXAMPLE.report, "DOU")), svg(changed, captioned(changed, "DOU")));
    }

    @Test
    void rankingListsEveryIndustryAsTextAndHighlightsTheDesksSector() {
        ChartFigure ranking = captioned(EXAMPLE.report, "申万一级行业");
        Document svg = Jsoup.parse(svg(EXAMPLE.report, ranking), Parser.xmlParser());
        List<String> texts = svg.select("text").eachText();
        for (Chart.Ranking.Bar bar : ((Chart.Ranking) ranking.chart()).bars()) {
            assertTrue(texts.contains(bar.label()), bar.label() + " is written as text");
        }
        List<Element> highlighted = bars(svg, EXAMPLE.report.colors().primary());
        assertEquals(1, highlighted.size(), "one bar in the house colour: the desk's own sector");
        assertTrue(svg.select("text").first().attr("style").contains("font-family: \"Noto Sans SC\""));
    }

    @Test
    void sameDataGivesTheSameBytesWhateverTheMachinesZoneAndLocale() {
        String here = allCharts(EXAMPLE.report);
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            Locale.setDefault(Locale.GERMANY);
            assertEquals(here, allCharts(EXAMPLE.report));
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }
    }

    @Test
    void inlineChartsHaveAnAccessibleNameAndIdsOfTheirOwn() {
        ChartPalette palette = ChartPalette.of(EXAMPLE.report.colors());
        for (ChartFigure chart : EXAMPLE.report.charts()) {
            Element svg = Jsoup.parse(SvgChart.element(chart, palette, chart.anchor() + "-caption"), Parser.xmlParser())
                    .selectFirst("svg");
            assertEquals("img", svg.attr("role"));
            assertEquals(chart.anchor() + "-caption", svg.attr("aria-labelledby"));
            assertTrue(svg.select("[id]").eachAttr("id").stream().allMatch(id -> id.startsWith(chart.anchor() + "-")),
                    chart.anchor() + " prefixes its ids");
        }
    }

    private static ChartFigure captioned(com.sectorweekly.document.Document report, String part) {
        return report.charts().stream().filter(c -> c.caption().contains(part)).findFirst().orElseThrow();
    }

    private static String svg(com.sectorweekly.document.Document report, ChartFigure chart) {
        return SvgChart.document(chart, ChartPalette.of(report.colors()));
    }

    private static String allCharts(com.sectorweekly.document.Document report) {
        return report.charts().stream().map(c -> svg(report, c)).collect(Collectors.joining("\n"));
    }

    private static List<Double> barHeights(com.sectorweekly.document.Document report, ChartFigure chart) {
        Document svg = Jsoup.parse(svg(report, chart), Parser.xmlParser());
        return bars(svg, report.colors().primary()).stream().map(r -> Double.parseDouble(r.attr("height"))).toList();
    }

    /** The rectangles filled with a colour, left to right. */
    private static List<Element> bars(Document svg, String hex) {
        Color color = Color.decode(hex);
        String fill = "fill:rgb(" + color.getRed() + "," + color.getGreen() + "," + color.getBlue() + ")";
        return svg.select("rect").stream().filter(r -> r.attr("style").contains(fill)).toList();
    }
}
