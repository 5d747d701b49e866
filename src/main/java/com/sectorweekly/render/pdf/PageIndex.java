package com.sectorweekly.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Where each heading and figure landed: the page of the first appearance of every anchor tagged on
 * a chunk (a figure's caption repeats on each page its table spans; the first page counts).
 */
final class PageIndex extends PdfPageEventHelper {

    private final Map<String, Integer> pages = new HashMap<>();

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String anchor) {
        pages.putIfAbsent(anchor, writer.getPageNumber());
    }

    OptionalInt pageOf(String anchor) {
        Integer page = pages.get(anchor);
        return page == null ? OptionalInt.empty() : OptionalInt.of(page);
    }
}
