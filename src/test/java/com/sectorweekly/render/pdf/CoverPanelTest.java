package com.sectorweekly.render.pdf;

import com.sectorweekly.document.Figure;
import com.sectorweekly.document.Paragraph;
import com.sectorweekly.render.Format;
import com.sectorweekly.testing.ExampleReport;
import com.sectorweekly.testing.ExampleWeek;
import com.sectorweekly.testing.Texts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Page 1 of a weekly as research houses print it: the panel of key figures (the sector against its
 * benchmark, the segment indices' moves, the rank) in the right-hand column beside the summary,
 * the whole summary on page 1, and the panel's figures outside the list of figures.
 */
class CoverPanelTest {

    @ParameterizedTest
    @ValueSource(strings = {"content/2026-W13", "content/examples/jinghua/2026-W13", "content/examples/english/2026-W13"})
    void thePanelStandsBesideTheSummaryAndTheWholeSummaryIsOnPageOne(String week) throws IOException {
        ExampleReport example = ExampleReport.of(Path.of(week));
        var cover = example.report.cover();
        assertNotNull(cover.panel(), week + " has a panel");
        try (PDDocument pdf = Loader.loadPDF(example.bytes(Format.PDF))) {
            Map<String, float[]> firstPlaces = places(pdf, 1, List.of(cover.panel().heading().text(), cover.summary().get(0).heading().text()));
            float[] panel = firstPlaces.get(cover.panel().heading().text());
            float[] summary = firstPlaces.get(cover.summary().get(0).heading().text());
            assertTrue(Math.abs(panel[1] - summary[1]) < 3, week + ": the panel starts level with the summary, at "
                    + panel[1] + " against " + summary[1]);
            assertTrue(panel[0] > summary[0] + 250, week + ": the panel stands in the right-hand column");

            String pageOne = Texts.squeeze(text(pdf, 1));
            for (String move : List.of("+10.65%", "-8.49%", "-6.55%")) {
                assertTrue(pageOne.contains(move), week + ": the segment moves are on page 1: " + move);
            }
            assertTrue(pageOne.contains(lastLine(example)), week + ": the summary's last line is on page 1");
        }
    }

    @Test
    void thePanelsFiguresAreNotNumberedNorInTheListOfFigures() {
        ExampleReport example = ExampleReport.bundled();
        List<String> listed = example.report.figures().stream().map(Figure::caption).toList();
        String panelChart = example.report.charts().get(0).caption();
        assertTrue(panelChart.contains("12"), panelChart);
        assertFalse(listed.contains(panelChart), "the 12-month chart is not listed: " + listed);
        assertEquals("图表1", Texts.squeeze(example.report.figures().get(0).label()), "numbering starts at the body's first figure");
        assertEquals(example.report.charts().get(0).caption(), example.report.charts().get(0).title(),
                "the panel's chart is titled by its caption alone");
    }

    @Test
    void aSummaryLongerThanPageOneRunsOnToPageTwoWithNothingLost(@TempDir Path temp) throws IOException {
        ExampleWeek week = ExampleWeek.copyInto(temp);
        String view = "  - \"**补充观点**：" + "光模块与交换机的需求在海外云厂商的资本开支指引上调后持续改善，国内智算中心的建设节奏也在加快。".repeat(3) + "\"\n";
        week.replace("week.yaml", "views:\n", "views:\n" + view.repeat(6));
        ExampleReport example = ExampleReport.of(week.weekDir());
        try (PDDocument pdf = Loader.loadPDF(example.bytes(Format.PDF))) {
            String pageTwo = Texts.squeeze(text(pdf, 2));
            assertTrue(pageTwo.contains(lastLine(example)), "the summary runs on to page 2: " + pageTwo);
            assertFalse(pageTwo.contains(example.report.labels().get("contents.title")), "the contents start on a page of their own");
            assertTrue(Texts.squeeze(text(pdf, 3)).contains(example.report.labels().get("contents.title")), "the contents follow on page 3");
        }
    }

    /** The summary's last paragraph (page 1's risk line), as the PDF's text gives it. */
    private static String lastLine(ExampleReport example) {
        var summary = example.report.cover().summary();
        var last = summary.get(summary.size() - 1).blocks();
        return Texts.squeeze(((Paragraph) last.get(last.size() - 1)).text().text());
    }

    private static String text(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    /** Where on the page each text first starts: x from the left, y from the top, in points. */
    private static Map<String, float[]> places(PDDocument pdf, int page, List<String> texts) throws IOException {
        Map<String, float[]> found = new HashMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String line, List<TextPosition> positions) {
                for (String text : texts) {
                    int at = line.indexOf(text);
                    if (at >= 0 && !found.containsKey(text)) {
                        TextPosition first = positions.get(at);
                        found.put(text, new float[]{first.getXDirAdj(), first.getYDirAdj()});
                    }
                }
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(pdf);
        texts.forEach(text -> assertNotNull(found.get(text), "'" + text + "' is on page " + page));
        return found;
    }
}
