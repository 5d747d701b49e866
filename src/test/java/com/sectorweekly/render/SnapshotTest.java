package com.sectorweekly.render;

import com.sectorweekly.render.chart.ChartPalette;
import com.sectorweekly.render.chart.SvgChart;
import com.sectorweekly.document.ChartFigure;
import com.sectorweekly.testing.ExampleReport;
import org.junit.jupiter.api.Test;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import static com.diffplug.selfie.Selfie.expectSelfie;

/**
 * The Markdown, HTML and PDF of the example week, compared with the committed snapshots beside
 * this file (SnapshotTest.ss); the PDF as its page count, outline and text page by page; the
 * charts as their SVG drawings, one element per line, so that a moved data point shows as one
 * changed line. Any change to what a reader gets fails here; accept an intended change with
 * {@code SELFIE=overwrite mvn -B verify} and commit the updated snapshot.
 */
class SnapshotTest {

    private static final Pattern INLINE_SVG = Pattern.compile("(<svg [^>]*>).*?</svg>", Pattern.DOTALL);

    private static final ExampleReport EXAMPLE = ExampleReport.bundled();

    @Test
    void markdown() {
        expectSelfie(new String(EXAMPLE.bytes(Format.MD), StandardCharsets.UTF_8)).toMatchDisk();
    }

    @Test
    void rixml() {
        expectSelfie(new String(EXAMPLE.bytes(Format.RIXML), StandardCharsets.UTF_8)).toMatchDisk();
    }

    /** The page with each inline chart cut short: the charts have their own snapshot. */
    @Test
    void html() {
        String html = new String(EXAMPLE.bytes(Format.HTML), StandardCharsets.UTF_8);
        expectSelfie(INLINE_SVG.matcher(html).replaceAll("$1…</svg>")).toMatchDisk();
    }

    @Test
    void charts() {
        ChartPalette palette = ChartPalette.of(EXAMPLE.report.colors());
        StringBuilder view = new StringBuilder();
        for (ChartFigure chart : EXAMPLE.report.charts()) {
            view.append("--- ").append(chart.file()).append(" ---\n")
                    .append(SvgChart.document(chart, palette).replace("><", ">\n<")).append('\n');
        }
        expectSelfie(view.toString()).toMatchDisk();
    }

    @Test
    void pdf() throws IOException {
        StringBuilder view = new StringBuilder();
        try (PDDocument pdf = Loader.loadPDF(EXAMPLE.bytes(Format.PDF))) {
            view.append("pages: ").append(pdf.getNumberOfPages()).append("\n\noutline:\n");
            for (PDOutlineItem chapter : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                view.append("- ").append(chapter.getTitle()).append('\n');
                chapter.children().forEach(sub -> view.append("  - ").append(sub.getTitle()).append('\n'));
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                view.append("\n--- page ").append(page).append(" ---\n").append(stripper.getText(pdf).strip()).append('\n');
            }
        }
        expectSelfie(view.toString()).toMatchDisk();
    }
}
