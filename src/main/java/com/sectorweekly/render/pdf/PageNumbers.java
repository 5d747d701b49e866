package com.sectorweekly.render.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The contents' page numbers, in one pass: the contents page comes before the pages it lists, so
 * each number's place is held by a blank of a fixed width, whose position is noted as its line is
 * set; every contents page carries one overlay, into which the numbers are written when the whole
 * report has been laid out and every heading's page is known ({@link PageIndex}). The line keeps
 * its shape whatever the number, so nothing moves.
 */
final class PageNumbers extends PdfPageEventHelper {

    /** The widest page number a report's contents gives room for. */
    private static final String WIDEST = "000";
    private static final String TAG = "page-number:";

    private record Placeholder(String anchor, Font font) {
    }

    private record Placed(Placeholder placeholder, int page, Rectangle where) {
    }

    private final PageIndex pages = new PageIndex();
    private final Map<String, Placeholder> placeholders = new HashMap<>();
    private final List<Placed> placed = new ArrayList<>();
    private final Map<Integer, PdfTemplate> overlays = new HashMap<>();
    /** One blank for each size of type, as wide as the widest number in it. */
    private final Map<Float, PdfTemplate> blanks = new HashMap<>();

    /** The page event that records where each anchor lands. */
    PageIndex index() {
        return pages;
    }

    /** A blank that holds the place of the page the anchor lands on, right-aligned, in the given font. */
    Chunk placeholder(PdfWriter writer, String anchor, Font font) {
        BaseFont base = font.getBaseFont();
        float size = font.getSize();
        PdfTemplate blank = blanks.computeIfAbsent(size,
                s -> writer.getDirectContent().createTemplate(base.getWidthPoint(WIDEST, s), s));
        String key = TAG + placeholders.size();
        placeholders.put(key, new Placeholder(anchor, font));
        try {
            // the blank stands on the baseline, where the number will stand
            Chunk chunk = new Chunk(Image.getInstance(blank), 0, 0);
            chunk.setGenericTag(key);
            return chunk;
        } catch (BadElementException e) {
            throw new IllegalStateException("a page number could not be placed", e);
        }
    }

    /** Notes where a blank landed, and gives its page an overlay to write the numbers into, once. */
    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String tag) {
        Placeholder placeholder = placeholders.get(tag);
        if (placeholder == null) {
            return;
        }
        int page = writer.getPageNumber();
        placed.add(new Placed(placeholder, page, new Rectangle(rect)));
        overlays.computeIfAbsent(page, p -> {
            Rectangle size = document.getPageSize();
            PdfTemplate overlay = writer.getDirectContent().createTemplate(size.getWidth(), size.getHeight());
            writer.getDirectContent().addTemplate(overlay, 0, 0);
            return overlay;
        });
    }

    /** Writes each page number into its page's overlay once the last line has been set, before the file is written. */
    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        for (Placed p : placed) {
            String page = pages.pageOf(p.placeholder().anchor()).stream().mapToObj(String::valueOf).findFirst().orElse("");
            PdfTemplate overlay = overlays.get(p.page());
            Font font = p.placeholder().font();
            overlay.beginText();
            overlay.setFontAndSize(font.getBaseFont(), font.getSize());
            overlay.setColorFill(font.getColor());
            // the blank's bottom is the line's baseline
            overlay.showTextAligned(PdfContentByte.ALIGN_RIGHT, page, p.where().getRight(), p.where().getBottom(), 0);
            overlay.endText();
        }
    }
}
