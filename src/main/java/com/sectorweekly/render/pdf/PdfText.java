package com.sectorweekly.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.sectorweekly.render.BundledFont;

/** The smallest pieces of PDF text, all in the bundled font and broken as Chinese text breaks. */
final class PdfText {

    private PdfText() {
    }

    /** An empty paragraph in our font: OpenPDF sets the spacing around it in the paragraph's font. */
    static Paragraph paragraph(Font font) {
        Paragraph p = new Paragraph();
        p.setFont(font);
        return p;
    }

    /** A line of one font, such as a caption or a source line. */
    static Paragraph line(String text, Font font, float spacingBefore) {
        Paragraph p = paragraph(font);
        p.setLeading(0, 1.35f);
        p.setSpacingBefore(spacingBefore);
        p.add(chunk(text, font));
        return p;
    }

    static Chunk chunk(String text, Font font) {
        String printable = BundledFont.printable(text);
        Chunk chunk = new Chunk(printable, PdfFonts.covering(font, printable));
        chunk.setSplitCharacter(CjkLineBreaking.INSTANCE);
        return chunk;
    }

    /** A source line (来源：…), which breaks only between its sources. */
    static Paragraph sourceLine(String text, Font font, float spacingBefore) {
        Paragraph p = line(text, font, spacingBefore);
        p.getChunks().forEach(chunk -> ((Chunk) chunk).setSplitCharacter(CjkLineBreaking.SOURCES));
        return p;
    }
}
