package com.sectorweekly.render.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.sectorweekly.render.BundledFont;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The bundled font, regular and bold, parsed once per process: parsing it per document would cost
 * hundreds of milliseconds. OpenPDF embeds only the glyphs a document uses.
 */
final class PdfFonts {

    private PdfFonts() {
    }

    static BaseFont regular() {
        return Holder.REGULAR;
    }

    static BaseFont bold() {
        return Holder.BOLD;
    }

    static Font font(float size, boolean bold, Color color) {
        return new Font(bold ? bold() : regular(), size, Font.NORMAL, color);
    }

    /** Loaded on first use, by the class loader's lock, so concurrent builds parse the fonts once. */
    private static final class Holder {
        static final BaseFont REGULAR = load(BundledFont.REGULAR);
        static final BaseFont BOLD = load(BundledFont.BOLD);

        private static BaseFont load(BundledFont font) {
            try {
                return BaseFont.createFont(font.file(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, font.bytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException("font " + font.file() + " cannot be read", e);
            }
        }
    }
}
