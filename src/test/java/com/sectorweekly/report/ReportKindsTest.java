package com.sectorweekly.report;

import com.sectorweekly.document.Document;
import com.sectorweekly.document.Section;
import com.sectorweekly.document.TableFigure;
import com.sectorweekly.render.Format;
import com.sectorweekly.testing.ExampleReport;
import com.sectorweekly.testing.ExampleWeek;
import com.sectorweekly.testing.Folders;
import com.sectorweekly.testing.Texts;
import com.sectorweekly.testing.Trees;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A desk publishes kinds of report: the weekly, a monthly (named after its month, numbered 1. and
 * 1.1) and a thematic report (named after its day, numbered 一、（一）1.3.1, with no sector rating),
 * each with its own title words and outline, all under the same compliance text.
 */
class ReportKindsTest {

    private static final Path MONTHLY_DIR = Path.of("content/2026-03");
    private static final Path THEMATIC_DIR = Path.of("content/examples/jinghua/2025-02-10-deepseek");
    private static final ExampleReport MONTHLY = ExampleReport.of(MONTHLY_DIR);
    private static final ExampleReport THEMATIC = ExampleReport.of(THEMATIC_DIR);

    @TempDir
    Path temp;

    @Test
    void theExampleMonthlyAndThematicReportCheckClean() {
        assertEquals(List.of(), MONTHLY.findings());
        assertEquals(List.of(), THEMATIC.findings());
    }

    @Test
    void aMonthlyTakesItsTitleItsPeriodAndItsOutline() {
        Document monthly = MONTHLY.report;
        assertEquals("telecom-monthly-2026-03", monthly.fileStem());
        assertEquals("2026-03", monthly.period());
        assertEquals("行业月报", monthly.masthead().reportType());
        assertTrue(Trees.spaced(monthly.info().title()).startsWith("通信行业月报 (2026-03)："), monthly.info().title());
        List<String> headings = monthly.outline().stream().map(h -> Trees.spaced(h.text())).toList();
        assertEquals(List.of("1. AI 应用月度数据跟踪", "1.1 全球市场 AI 应用情况", "1.2 国内市场 AI 应用情况", "2. 行情回顾"),
                headings.subList(0, 4));
        assertTrue(headings.contains("5. 风险提示"), "the risks are numbered on: " + headings);
        assertFalse(headings.stream().anyMatch(h -> h.contains("重点公司评级")), "no company ratings, no chapter");
        assertEquals(List.of("投资逻辑", "风险提示"), monthly.cover().summary().stream().map(s -> s.heading().text()).toList());
        String rixml = new String(MONTHLY.bytes(Format.RIXML), StandardCharsets.UTF_8);
        assertTrue(rixml.contains("<Periodicity periodicityValue=\"Monthly\"/>"), rixml);
        assertTrue(rixml.contains("<SeriesName>通信行业月报</SeriesName>"), rixml);
    }

    @Test
    void aThematicReportNumbersThreeLevelsAndCarriesNoSectorRating() throws IOException {
        Document thematic = THEMATIC.report;
        List<String> headings = thematic.outline().stream().map(h -> Trees.spaced(h.text())).toList();
        assertEquals(List.of("一、算法与工程创新：大模型的成本曲线下移", "（一）发展历程：两年内完成从通用模型到推理模型的迭代",
                "（二）训练与推理成本：数量级的差距", "（三）技术路线：工程能力与算法创新并重", "1.3.1 混合专家与负载均衡"),
                headings.subList(0, 5));
        assertTrue(headings.contains("六、重点公司评级") && headings.contains("七、风险提示"), headings.toString());
        assertNull(thematic.cover().rating());
        assertEquals("研究助理：林书航、陈可欣", thematic.cover().assistants());
        assertEquals("图 1：DeepSeek 模型迭代时间线", Trees.spaced(thematic.figures().get(0).title()));
        assertEquals("表 1：光芯片按功能分类", Trees.spaced(thematic.figures().stream().filter(TableFigure.class::isInstance)
                .findFirst().orElseThrow().title()), "this house numbers tables apart");
        for (Format format : List.of(Format.MD, Format.HTML, Format.PDF)) {
            String text = THEMATIC.text(format);
            assertTrue(text.contains(Texts.squeeze("研究助理：林书航、陈可欣")), format.label());
            assertFalse(text.contains("评级）") && text.indexOf("评级）") < text.indexOf(Texts.squeeze("投资要点")),
                    format + " prints no sector rating on page 1");
        }
        try (PDDocument pdf = Loader.loadPDF(THEMATIC.bytes(Format.PDF))) {
            // the first two are page 1's and the contents'
            PDOutlineItem chapter = pdf.getDocumentCatalog().getDocumentOutline().getFirstChild().getNextSibling().getNextSibling();
            PDOutlineItem third = chapter.getLastChild().getFirstChild();
            assertEquals("1.3.1 混合专家与负载均衡", third.getTitle(), "bookmarks nest to the third level");
        }
        String rixml = new String(THEMATIC.bytes(Format.RIXML), StandardCharsets.UTF_8);
        assertTrue(rixml.contains("periodicalIndicator=\"No\"") && !rixml.contains("<ProductSeries>"), rixml);
        Section companies = Trees.section(thematic, "companies");
        assertEquals(4, Trees.all(companies.blocks(), TableFigure.class).get(0).rows().size());
    }

    @Test
    void aReportOfAKindTheDeskDoesNotPublishOrInTheWrongFolderIsNamed() throws IOException {
        Path content = Folders.copy(Path.of("content"), temp.resolve("content"));
        Path monthly = content.resolve("2026-03");
        Files.writeString(monthly.resolve("report.yaml"), Files.readString(monthly.resolve("report.yaml"))
                .replace("report_date: 2026-03-31", "report_date: 2026-04-01"));
        ExampleWeek.Findings dated = ExampleWeek.findingsOf(content, monthly);
        assertEquals(List.of("error 2026-03/report.yaml:" + dated.lineOf("report.yaml", "report_date")
                + ":14 report date 2026-04-01 is outside 2026-03, the period its folder names"), dated.findings());

        Files.move(monthly, content.resolve("2026-W14"));
        ExampleWeek.Findings misnamed = ExampleWeek.findingsOf(content, content.resolve("2026-W14"));
        assertTrue(misnamed.findings().contains("error 2026-W14/report.yaml:" + misnamed.lineOf("report.yaml", "kind:")
                + ":7 a monthly report's folder is named after a month, e.g. 2026-03, not '2026-W14'"), misnamed.findings().toString());

        Path english = Folders.copy(Path.of("content/examples/english"), temp.resolve("english"));
        Path thematic = Folders.copy(THEMATIC_DIR, english.resolve("2025-02-10-deepseek"));
        List<String> unknown = ExampleWeek.findingsOf(english, thematic).findings();
        assertTrue(unknown.contains("error 2025-02-10-deepseek/report.yaml:4:7 kind 'thematic' is not a kind of report the "
                + "desk publishes; expected one of: weekly (report_kinds in desk.yaml)"), unknown.toString());
        assertFalse(unknown.stream().anyMatch(f -> f.contains("'rating'") || f.contains("outline prints")),
                "what a report needs depends on its kind, which is not known: " + unknown);
    }

    @Test
    void anOutlineThatPrintsWhatTheFolderLacksIsNamed() throws IOException {
        Path content = Folders.copy(Path.of("content"), temp.resolve("content"));
        Files.createDirectories(content.resolve("outlines"));
        Files.writeString(content.resolve("outlines/monthly.yaml"), """
                summary:
                  - {label: cover.logic, holds: [summary_text]}
                chapters:
                  - own_chapters: true
                  - {id: market, label: section.market, holds: [market_review, movers_table]}
                  - {id: risks, label: section.risks, holds: [risks]}
                """);
        assertEquals(List.of("error 2026-03/report.yaml this report's outline prints what market.yaml holds, but the "
                + "folder has no market.yaml"), ExampleWeek.findingsOf(content, content.resolve("2026-03")).findings());
    }
}
