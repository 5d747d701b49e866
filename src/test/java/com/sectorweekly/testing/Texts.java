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
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return squeeze(stripper.getText(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
