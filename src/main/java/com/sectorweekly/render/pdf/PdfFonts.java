package com.sectorweekly.render.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.sectorweekly.render.BundledFont;
import com.sectorweekly.render.BundledFont.Cut;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The bundled font, regular and bold, parsed once per process: parsing it per document would cost
 * hundreds of milliseconds. Text is set in the common cut of each face; a text with a character
 * outside it, in the whole face, which is parsed only then. OpenPDF embeds only the glyphs a
 * document uses, of each face it uses.
 */
final class PdfFonts {

    private PdfFonts() {
    }

    static BaseFont regular() {
        return Common.REGULAR;
    }

    static BaseFont bold() {
        return Common.BOLD;
    }

    static Font font(float size, boolean bold, Color color) {
        return new Font(bold ? bold() : regular(), size, Font.NORMAL, color);
    }

    /** The font to set this text in: the given one, or the same in the whole face where the text needs it. */
    static Font covering(Font font, String text) {
        if (Cut.covering(text) == Cut.COMMON) {
            return font;
        }
        boolean bold = font.getBaseFont() == Common.BOLD || font.getBaseFont() == Whole.BOLD;
        BaseFont whole = bold ? Whole.BOLD : Whole.REGULAR;
        return new Font(whole, font.getSize(), font.getStyle(), font.getColor());
    }

    /** The regular face able to show this text, for text drawn outside a chunk (a chart's labels). */
    static BaseFont regular(String text) {
        return Cut.covering(text) == Cut.COMMON ? Common.REGULAR : Whole.REGULAR;
    }

    /** Whether this is one of the whole faces (which are not loaded to find out). */
    static boolean isWhole(BaseFont font) {
        return wholeLoaded && (font == Whole.REGULAR || font == Whole.BOLD);
    }

    private static volatile boolean wholeLoaded;

    /** Loaded on first use, by the class loader's lock, so concurrent builds parse the fonts once. */
    private static final class Common {
        static final BaseFont REGULAR = load(BundledFont.REGULAR, Cut.COMMON);
        static final BaseFont BOLD = load(BundledFont.BOLD, Cut.COMMON);
    }

    /** Loaded the first time a text needs a character the common cut lacks. */
    private static final class Whole {
        static final BaseFont REGULAR = load(BundledFont.REGULAR, Cut.WHOLE);
        static final BaseFont BOLD = load(BundledFont.BOLD, Cut.WHOLE);

        static {
            wholeLoaded = true;
        }
    }

    private static BaseFont load(BundledFont font, Cut cut) {
        try {
            return BaseFont.createFont(font.file(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, font.bytes(cut), null);
        } catch (IOException e) {
            throw new UncheckedIOException("font " + font.file() + " cannot be read", e);
        }
    }
}
