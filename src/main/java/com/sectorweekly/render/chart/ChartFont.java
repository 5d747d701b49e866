package com.sectorweekly.render.chart;

import com.sectorweekly.render.BundledFont;
import com.sectorweekly.render.BundledFont.Cut;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The bundled regular face as a Java2D font, parsed once per process. Charts are measured and
 * drawn with it rather than a system font: a machine without Chinese fonts would draw boxes. It is
 * the common cut: a rare character it lacks is measured as its missing glyph, one em wide as
 * every hanzi is, and the PDF writes such a label in the whole face.
 */
public final class ChartFont {

    private ChartFont() {
    }

    /** Parses the face now, which a build may do beside other work; drawing would do it on first use. */
    public static void load() {
        of(1);
    }

    /** The face at the given size in points. */
    public static Font of(float size) {
        return Holder.BASE.deriveFont(size);
    }

    private static final class Holder {
        static final Font BASE = load();

        private static Font load() {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(BundledFont.REGULAR.bytes(Cut.COMMON)));
            } catch (FontFormatException | IOException e) {
                throw new UncheckedIOException("font " + BundledFont.REGULAR.file() + " cannot be read as a chart font",
                        e instanceof IOException io ? io : new IOException(e));
            }
        }
    }
}
