package com.sectorweekly.report;

import com.sectorweekly.document.Document;
import com.sectorweekly.document.Heading;
import com.sectorweekly.render.Format;
import com.sectorweekly.testing.ExampleReport;
import com.sectorweekly.testing.ExampleWeek;
import com.sectorweekly.testing.Texts;
import com.sectorweekly.testing.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The outline is data: one edit to a desk's outline file reshapes the report in every format. */
class OutlineTest {

    private static final List<Format> DOCUMENTS = List.of(Format.MD, Format.HTML, Format.PDF);

    @TempDir
    Path temp;

    private static String builtInOutline() throws IOException {
        try (InputStream in = OutlineTest.class.getResourceAsStream("/outlines/weekly.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void writeOutline(ExampleWeek week, String outline) throws IOException {
        Path file = week.contentDir().resolve("outlines/weekly.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, outline);
    }

    @Test
    void movingAChapterInTheOutlineMovesItInEveryFormat() throws IOException {
        String builtIn = builtInOutline();
        String segments = "  - {id: segments, label: section.segments, holds: [segment_views, sentiment_table]}\n";
        String market = "  - id: market\n    label: section.market\n"
                + "    holds: [market_review, industry_ranking, movers_review, movers_chart, movers_table]\n";
        assertTrue(builtIn.contains(segments + "  - {id: core-data") && builtIn.contains(market), builtIn);
        ExampleWeek week = ExampleWeek.copyInto(temp);
        writeOutline(week, builtIn.replace(market, "").replace(segments, market + segments));

        ExampleReport moved = ExampleReport.of(week.weekDir());
        List<String> chapters = moved.report.outline().stream().filter(h -> h.level() == 1).map(Heading::text).toList();
        assertEquals(List.of("一、本周行情", "二、细分行业观点", "三、核心数据更新", "四、本周重要新闻"), chapters.subList(0, 4));
        assertEquals("图表 1：申万一级行业周涨跌幅排序（%）", Trees.spaced(moved.report.figures().get(0).title()),
                "figures are numbered in the new reading order");
        for (Format format : DOCUMENTS) {
            String text = moved.text(format);
            int contentsEnd = text.indexOf(Texts.squeeze(moved.report.figures().get(moved.report.figures().size() - 1).title()));
            int marketAt = text.indexOf(Texts.squeeze("一、本周行情"), contentsEnd);
            int segmentsAt = text.indexOf(Texts.squeeze("二、细分行业观点"), contentsEnd);
            assertTrue(marketAt > 0 && segmentsAt > marketAt, format + " prints the market review first");
            assertTrue(text.indexOf(Texts.squeeze("回顾本周行情")) < text.indexOf(Texts.squeeze("本周服务器指数-3.25%"),
                    segmentsAt), format + " prints the review before the segments' moves");
        }
    }

    @Test
    void aDeskNamesAndDropsChaptersInItsOwnWords() throws IOException {
        ExampleWeek week = ExampleWeek.copyInto(temp);
        writeOutline(week, builtInOutline()
                .replace("{id: segments, label: section.segments,", "{id: segments, title: 细分赛道跟踪,")
                .replace("      - {id: news-big-tech, label: section.newsBigTech, holds: [big_tech_news]}\n", ""));
        Document report = ExampleReport.of(week.weekDir()).report;
        List<String> headings = report.outline().stream().map(Heading::text).toList();
        assertEquals("一、细分赛道跟踪", headings.get(0));
        assertFalse(headings.contains("4.3 海内外大厂重点跟踪"), headings.toString());
    }

    @Test
    void aSectionWithNothingToPrintIsLeftOutOfEveryFormatAndTheNumbersCloseUp() throws IOException {
        ExampleWeek week = ExampleWeek.copyInto(temp);
        String news = week.read("news.yaml");
        String company = news.substring(news.indexOf("company:\n"), news.indexOf("big_tech:"));
        Files.writeString(week.file("news.yaml"), news.replace(company, "company: []\n"));

        ExampleReport quiet = ExampleReport.of(week.weekDir());
        List<String> headings = quiet.report.outline().stream().map(Heading::text).toList();
        assertFalse(headings.contains("4.2 公司新闻"), headings.toString());
        assertTrue(headings.contains("4.2 海内外大厂重点跟踪"), headings.toString());
        for (Format format : DOCUMENTS) {
            String text = quiet.text(format);
            assertFalse(text.contains("公司新闻"), format + " prints no heading over nothing");
            assertTrue(text.contains(Texts.squeeze("4.2 海内外大厂重点跟踪")), format.label());
        }
    }
}
