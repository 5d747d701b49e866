package com.sectorweekly.render;

import com.sectorweekly.testing.ExampleReport;
import org.junit.jupiter.api.Test;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static com.diffplug.selfie.Selfie.expectSelfie;

/**
 * The Markdown, HTML and PDF of the example week, compared with the committed snapshots beside
 * this file (SnapshotTest.ss); the PDF as its page count, outline and text page by page. Any change
 * to what a reader gets fails here; accept an intended change with
 * {@code SELFIE=overwrite mvn -B verify} and commit the updated snapshot.
 */
class SnapshotTest {

    private static final ExampleReport EXAMPLE = ExampleReport.bundled();

    @Test
    void markdown() {
        expectSelfie(new String(EXAMPLE.bytes(Format.MD), StandardCharsets.UTF_8)).toMatchDisk();
    }

    @Test
    void html() {
        expectSelfie(new String(EXAMPLE.bytes(Format.HTML), StandardCharsets.UTF_8)).toMatchDisk();
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
