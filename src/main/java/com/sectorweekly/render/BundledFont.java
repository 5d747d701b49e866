package com.sectorweekly.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The typeface of every format: Noto Sans SC (SIL OFL 1.1), which arrives with Maven and is
 * packed into the jar, so a machine without Chinese fonts still prints Chinese. Each face is
 * about 10 MB and 30,798 glyphs whole; the build also cuts it down to the characters a Chinese
 * report uses (GB 2312, Latin, the symbols of tables and figures, every character of the example
 * content), about a quarter of it, which is what a start reads and parses. A text with a
 * character outside that {@link Cut#COMMON common cut} is set in the {@link Cut#WHOLE whole} face,
 * read only then. Each file is read once per process and its bytes shared by the PDF and the charts.
 */
public enum BundledFont {
    REGULAR("NotoSansSC-Regular.ttf"),
    BOLD("NotoSansSC-Bold.ttf");

    /** Where the build writes the common cut, beside the classes. */
    public static final String COMMON_CUT_FOLDER = "/fonts/common/";
    /** The characters of the common cut, as the bytes of a {@link BitSet} indexed by UTF-16 code unit. */
    public static final String COMMON_CHARACTERS = "characters.bin";
    private static final String WHOLE_FOLDER = "/fonts/ttf/NotoSansSC/";

    /** Which glyphs of the face a file holds. */
    public enum Cut {
        /** The characters a Chinese report uses; the whole face where the build made no cut. */
        COMMON,
        WHOLE;

        /** The common cut where it has every character of the text, else the whole face. */
        public static Cut covering(CharSequence text) {
            BitSet common = CommonCharacters.SET;
            for (int i = 0; i < text.length(); i++) {
                if (!common.get(text.charAt(i))) {
                    return WHOLE;
                }
            }
            return COMMON;
        }
    }

    /** By resource path. */
    private static final ConcurrentMap<String, byte[]> BYTES = new ConcurrentHashMap<>();

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

    /** The file's bytes, read on first use; do not modify the array. */
    public byte[] bytes(Cut cut) {
        String path = (cut == Cut.COMMON && CommonCharacters.CUT ? COMMON_CUT_FOLDER : WHOLE_FOLDER) + file;
        return BYTES.computeIfAbsent(path, BundledFont::read);
    }

    /** The whole face's bytes. */
    public byte[] wholeBytes() {
        return bytes(Cut.WHOLE);
    }

    private static byte[] read(String path) {
        try (InputStream in = BundledFont.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("font " + path + " is missing from the classpath;"
                        + " it comes with com.helger.font:ph-fonts-noto-sans-sc");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("font " + path + " cannot be read", e);
        }
    }

    /** Read on first use; a classpath without the cut (a build that skipped it) has the whole face only. */
    private static final class CommonCharacters {
        static final BitSet SET;
        static final boolean CUT;

        static {
            BitSet set = new BitSet();
            try (InputStream in = BundledFont.class.getResourceAsStream(COMMON_CUT_FOLDER + COMMON_CHARACTERS)) {
                if (in != null) {
                    set = BitSet.valueOf(in.readAllBytes());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("the common cut's characters cannot be read", e);
            }
            SET = set;
            CUT = !set.isEmpty();
        }
    }
}
