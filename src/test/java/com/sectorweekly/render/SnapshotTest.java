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
 * The Markdown, HTML, PDF and RIXML of the example weekly, monthly and thematic report, compared
 * with the committed snapshots beside this file (SnapshotTest.ss); the PDF as its page count,
 * outline and text page by page; the charts as their SVG drawings, one element per line, so that
 * a moved data point shows as one changed line. Any change to what a reader gets fails here;
 * accept an intended change with {@code SELFIE=overwrite mvn -B verify} and commit the updated
 * snapshot.
 */
class SnapshotTest {

    private static final Pattern INLINE_SVG = Pattern.compile("(<svg [^>]*>).*?</svg>", Pattern.DOTALL);

    private static final ExampleReport EXAMPLE = ExampleReport.bundled();
    private static final ExampleReport MONTHLY = ExampleReport.of(java.nio.file.Path.of("content/2026-03"));
    private static final ExampleReport THEMATIC = ExampleReport.of(
            java.nio.file.Path.of("content/examples/jinghua/2025-02-10-deepseek"));

    @Test
    void markdown() {
        expectSelfie(markdown(EXAMPLE)).toMatchDisk();
        expectSelfie(markdown(MONTHLY)).toMatchDisk("monthly");
        expectSelfie(markdown(THEMATIC)).toMatchDisk("thematic");
    }

    private static String markdown(ExampleReport example) {
        return new String(example.bytes(Format.MD), StandardCharsets.UTF_8);
    }

    @Test
    void rixml() {
        expectSelfie(rixml(EXAMPLE)).toMatchDisk();
        expectSelfie(rixml(MONTHLY)).toMatchDisk("monthly");
        expectSelfie(rixml(THEMATIC)).toMatchDisk("thematic");
    }

    private static String rixml(ExampleReport example) {
        return new String(example.bytes(Format.RIXML), StandardCharsets.UTF_8);
    }

    /** The page with each inline chart and picture cut short: the charts have their own snapshot. */
    @Test
    void html() {
        expectSelfie(html(EXAMPLE)).toMatchDisk();
        expectSelfie(html(MONTHLY)).toMatchDisk("monthly");
        expectSelfie(html(THEMATIC)).toMatchDisk("thematic");
    }

    private static String html(ExampleReport example) {
        String html = new String(example.bytes(Format.HTML), StandardCharsets.UTF_8);
        return PICTURE_DATA.matcher(INLINE_SVG.matcher(html).replaceAll("$1…</svg>")).replaceAll("$1…\"");
    }

    private static final Pattern PICTURE_DATA = Pattern.compile("(src=\"data:[^;]+;base64,)[^\"]*\"");

    @Test
    void charts() {
        expectSelfie(charts(EXAMPLE)).toMatchDisk();
        expectSelfie(charts(MONTHLY)).toMatchDisk("monthly");
        expectSelfie(charts(THEMATIC)).toMatchDisk("thematic");
    }

    private static String charts(ExampleReport example) {
        ChartPalette palette = ChartPalette.of(example.report.colors());
        StringBuilder view = new StringBuilder();
        for (ChartFigure chart : example.report.charts()) {
            view.append("--- ").append(chart.file()).append(" ---\n")
                    .append(SvgChart.document(chart, palette).replace("><", ">\n<")).append('\n');
        }
        return view.toString();
    }

    @Test
    void pdf() throws IOException {
        expectSelfie(pdf(EXAMPLE)).toMatchDisk();
        expectSelfie(pdf(MONTHLY)).toMatchDisk("monthly");
        expectSelfie(pdf(THEMATIC)).toMatchDisk("thematic");
    }

    private static void outline(Iterable<PDOutlineItem> items, String indent, StringBuilder view) {
        for (PDOutlineItem item : items) {
            view.append(indent).append("- ").append(item.getTitle()).append('\n');
            outline(item.children(), indent + "  ", view);
        }
    }

    private static String pdf(ExampleReport example) throws IOException {
        StringBuilder view = new StringBuilder();
        try (PDDocument pdf = Loader.loadPDF(example.bytes(Format.PDF))) {
            view.append("pages: ").append(pdf.getNumberOfPages()).append("\n\noutline:\n");
            outline(pdf.getDocumentCatalog().getDocumentOutline().children(), "", view);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                view.append("\n--- page ").append(page).append(" ---\n").append(stripper.getText(pdf).strip()).append('\n');
            }
        }
        return view.toString();
    }
}
