package com.sectorweekly.testing;

import com.sectorweekly.render.Format;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The words a reader sees in each format, with white space removed and brackets taken at one width,
 * so that neither line breaks nor the typography (tested on its own) matter.
 */
public final class Texts {

    private Texts() {
    }

    /** What a reader of that format sees, white space removed. */
    public static String of(Format format, byte[] document) {
        return switch (format) {
            case MD -> ofMarkdown(document);
            case HTML -> ofHtml(document);
            case PDF -> ofPdf(document);
            case RIXML -> throw new IllegalArgumentException("RIXML describes the report; it is not read as one");
        };
    }

    public static String squeeze(String text) {
        return text.replaceAll("(?U)\\s+", "").replace('（', '(').replace('）', ')');
    }

    /** Markdown without its emphasis marks and backslash escapes. */
    public static String ofMarkdown(byte[] md) {
        String text = new String(md, StandardCharsets.UTF_8).replace("**", "");
        return squeeze(text.replaceAll("\\\\([\\\\`*_\\[\\]<>|#])", "$1"));
    }

    public static String ofHtml(byte[] html) {
        return squeeze(Jsoup.parse(new String(html, StandardCharsets.UTF_8)).body().text());
    }

    public static String ofPdf(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Page 1 in the order it was written, as a reader copies it: the panel, then the summary
            // beside it, not their lines interleaved. The rest read by position, row by row as a
            // table's cells stand, in whatever order they were drawn.
            PDFTextStripper pageOne = new PDFTextStripper();
            pageOne.setEndPage(1);
            PDFTextStripper rest = new PDFTextStripper();
            rest.setSortByPosition(true);
            rest.setStartPage(2);
            return squeeze(pageOne.getText(document) + rest.getText(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
