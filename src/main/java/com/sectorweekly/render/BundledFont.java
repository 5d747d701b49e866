package com.sectorweekly.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The typeface of every format: Noto Sans SC (SIL OFL 1.1), which arrives with Maven and is
 * packed into the jar, so a machine without Chinese fonts still prints Chinese. Each file is
 * about 10 MB: it is read once per process and its bytes are shared by the PDF and the charts.
 */
public enum BundledFont {
    REGULAR("NotoSansSC-Regular.ttf"),
    BOLD("NotoSansSC-Bold.ttf");

    private static final String FOLDER = "/fonts/ttf/NotoSansSC/";
    private static final ConcurrentMap<BundledFont, byte[]> BYTES = new ConcurrentHashMap<>();

    private final String file;

    BundledFont(String file) {
        this.file = file;
    }

    /**
     * The text as this face can print it. The face has no thin space (U+2009), which the report's
     * typography puts between Chinese and Latin; its own space is 0.224 em wide, a thin space's
     * width, and stands in for it.
     */
    public static String printable(String text) {
        return text.replace('\u2009', ' ');
    }

    public String file() {
        return file;
    }

    /** The font file's bytes, read on first use; do not modify the array. */
    public byte[] bytes() {
        return BYTES.computeIfAbsent(this, BundledFont::read);
    }

    private byte[] read() {
        try (InputStream in = BundledFont.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + FOLDER + file + " is missing from the classpath;"
                        + " it comes with com.helger.font:ph-fonts-noto-sans-sc");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("font " + file + " cannot be read", e);
        }
    }
}
