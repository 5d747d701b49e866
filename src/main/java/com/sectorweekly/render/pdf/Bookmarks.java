package com.sectorweekly.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import com.sectorweekly.report.Heading;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the PDF outline as headings are laid out: a heading's chunk carries its anchor as a generic
 * tag, and when the chunk lands on a page the bookmark is added under its parent.
 */
final class Bookmarks extends PdfPageEventHelper {

    private final Map<String, Heading> headings = new LinkedHashMap<>();
    private PdfOutline currentChapter;

    void expect(Heading heading) {
        headings.put(heading.anchor(), heading);
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String anchor) {
        Heading heading = headings.remove(anchor);
        if (heading == null) {
            return;
        }
        PdfOutline root = writer.getDirectContent().getRootOutline();
        PdfOutline parent = heading.level() > 1 && currentChapter != null ? currentChapter : root;
        PdfOutline outline = new PdfOutline(parent, PdfAction.gotoLocalPage(anchor, false), heading.text(), true);
        if (heading.level() == 1) {
            currentChapter = outline;
        }
    }
}
