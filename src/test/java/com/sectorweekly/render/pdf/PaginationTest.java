package com.sectorweekly.render.pdf;

import com.sectorweekly.render.Format;
import com.sectorweekly.testing.ExampleReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every example's pages as a reader turns them: no body page ends with a quarter of it empty unless
 * a chapter starts on the next one (a row of charts a little too tall is drawn shorter, a figure that
 * does not fit lets the text after it fill the page), and no
 * paragraph leaves one character alone on its last line.
 */
class PaginationTest {

    /** The page's text area, in points from its top: below the running header, above the footer (templates/style.yaml). */
    private static final float BODY_TOP = 64;
    private static final float BODY_BOTTOM = 842 - 64;

    @ParameterizedTest
    @MethodSource("com.sectorweekly.testing.ExampleWeek#allReports")
    void noPageEndsAQuarterEmptyBeforeAnythingButAChapter(String week) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(ExampleReport.of(Path.of(week)).bytes(Format.PDF))) {
            Set<Integer> chapterStarts = new HashSet<>();
            for (PDOutlineItem chapter : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                chapterStarts.add(pdf.getPages().indexOf(chapter.findDestinationPage(pdf)) + 1);
            }
            List<String> gaps = new ArrayList<>();
            // page 1 is the summary and page 2 the contents, each followed by a page of its own
            for (int page = 3; page < pdf.getNumberOfPages(); page++) {
                float blank = BODY_BOTTOM - lowestText(pdf, page);
                if (!chapterStarts.contains(page + 1) && blank > (BODY_BOTTOM - BODY_TOP) / 4) {
                    gaps.add("page " + page + " (" + Math.round(blank) + " pt blank)");
                }
            }
            assertEquals(List.of(), gaps, week);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"content/2026-W13", "content/2026-03", "content/examples/jinghua/2026-W13",
            "content/examples/jinghua/2025-02-10-deepseek"})
    void noParagraphEndsWithOneCharacterAlone(String week) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(ExampleReport.of(Path.of(week)).bytes(Format.PDF))) {
            PDFTextStripper bodyText = new PDFTextStripper() {
                @Override
                public void showForm(PDFormXObject form) {
                    // a chart is a form; its labels are not paragraphs
                }
            };
            List<String> alone = bodyText.getText(pdf).lines()
                    .filter(line -> line.strip().matches("\\p{IsHan}[。，；：！？”）]*")).toList();
            assertEquals(List.of(), alone, week + ": last lines of one character");
        }
    }

    /** How far down the page its lowest line of body text reaches (charts' labels count: they are text). */
    private static float lowestText(PDDocument pdf, int page) throws IOException {
        float[] lowest = {BODY_TOP};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition position : positions) {
                    if (position.getYDirAdj() < BODY_BOTTOM) {
                        lowest[0] = Math.max(lowest[0], position.getYDirAdj());
                    }
                }
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(pdf);
        return lowest[0];
    }
}
