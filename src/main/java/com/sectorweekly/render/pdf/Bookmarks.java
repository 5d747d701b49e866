package com.sectorweekly.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import com.sectorweekly.document.Heading;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the PDF outline as headings are laid out, nested as the headings are: a heading's chunk
 * carries its anchor as a generic tag, and when the chunk lands on a page the bookmark is added
 * under the nearest heading of a higher level.
 */
final class Bookmarks extends PdfPageEventHelper {

    private final Map<String, Heading> headings = new LinkedHashMap<>();
    /** The open bookmarks, deepest first, each with its heading's level. */
    private final Deque<Open> open = new ArrayDeque<>();

    private record Open(int level, PdfOutline outline) {
    }

    /** The chunk, made the target of a bookmark to the heading where it is printed. */
    Chunk mark(Chunk chunk, Heading heading) {
        chunk.setLocalDestination(heading.anchor());
        chunk.setGenericTag(heading.anchor());
        headings.put(heading.anchor(), heading);
        return chunk;
    }

    /** The chunk, made the target of a top-level bookmark of its own (page 1, the contents). */
    Chunk mark(Chunk chunk, String anchor, String title) {
        return mark(chunk, new Heading(anchor, 1, "", title, title));
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String anchor) {
        Heading heading = headings.remove(anchor);
        if (heading == null) {
            return;
        }
        while (!open.isEmpty() && open.peek().level() >= heading.level()) {
            open.pop();
        }
        PdfOutline parent = open.isEmpty() ? writer.getDirectContent().getRootOutline() : open.peek().outline();
        open.push(new Open(heading.level(),
                new PdfOutline(parent, PdfAction.gotoLocalPage(anchor, false), heading.text(), true)));
    }
}
