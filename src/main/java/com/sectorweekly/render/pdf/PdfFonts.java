package com.sectorweekly.render.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Noto Sans SC (SIL OFL 1.1), regular and bold, parsed once per process: each file is about 10 MB
 * and parsing it per document would cost hundreds of milliseconds. OpenPDF embeds only the glyphs
 * a document uses.
 */
final class PdfFonts {

    private static final String FOLDER = "/fonts/ttf/NotoSansSC/";

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
        static final BaseFont REGULAR = load("NotoSansSC-Regular.ttf");
        static final BaseFont BOLD = load("NotoSansSC-Bold.ttf");

        private static BaseFont load(String file) {
            try (InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + file)) {
                if (in == null) {
                    throw new IllegalStateException("font " + FOLDER + file + " is missing from the classpath;"
                            + " it comes with com.helger.font:ph-fonts-noto-sans-sc");
                }
                return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException("font " + file + " cannot be read", e);
            }
        }
    }
}
