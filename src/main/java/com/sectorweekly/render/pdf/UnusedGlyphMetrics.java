package com.sectorweekly.render.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Blanks the horizontal metrics of the glyphs a TrueType subset leaves out. OpenPDF's subsetter
 * keeps every glyph's slot, emptying the outlines of unused ones, but copies the {@code hmtx}
 * table whole: for Noto Sans SC's 30,798 glyphs that is 123 KB, about 30 KB compressed, per
 * embedded face. The metrics of a glyph that has no outline are never read (the PDF carries its
 * own widths), so zeroing them changes nothing on the page and lets the table compress to almost
 * nothing. Glyph ids stay as they are, as the PDF's identity mapping needs. A glyph the face
 * draws as nothing (the space, the ideographic space) has no outline in the subset either, used or
 * not: the caller names those, and their metrics stay.
 */
final class UnusedGlyphMetrics {

    private UnusedGlyphMetrics() {
    }

    /**
     * @param keep the glyphs whose metrics stay although they have no outline: those the whole face draws as nothing
     * @return the font with unused glyphs' metrics zeroed, or the font unchanged if it is not the expected TrueType
     */
    static byte[] blank(byte[] font, BitSet keep) {
        ByteBuffer data = ByteBuffer.wrap(font.clone());
        Map<String, int[]> tables = tables(data);
        int[] head = tables.get("head");
        int[] hhea = tables.get("hhea");
        int[] maxp = tables.get("maxp");
        int[] loca = tables.get("loca");
        int[] hmtx = tables.get("hmtx");
        if (head == null || hhea == null || maxp == null || loca == null || hmtx == null) {
            return font;
        }
        boolean longOffsets = data.getShort(head[0] + 50) == 1;
        int glyphs = data.getShort(maxp[0] + 4) & 0xFFFF;
        int longMetrics = data.getShort(hhea[0] + 34) & 0xFFFF;
        if (hmtx[1] < longMetrics * 4 + (glyphs - longMetrics) * 2 || loca[1] < (glyphs + 1) * (longOffsets ? 4 : 2)) {
            return font;
        }
        for (int glyph = 1; glyph < glyphs; glyph++) { // glyph 0, .notdef, stays
            if (keep.get(glyph) || offset(data, loca[0], glyph + 1, longOffsets) > offset(data, loca[0], glyph, longOffsets)) {
                continue;
            }
            if (glyph < longMetrics) {
                data.putInt(hmtx[0] + glyph * 4, 0);
            } else {
                data.putShort(hmtx[0] + longMetrics * 4 + (glyph - longMetrics) * 2, (short) 0);
            }
        }
        data.putInt(hmtx[2], checksum(data, hmtx[0], hmtx[1]));
        return data.array();
    }

    /** The glyphs of a whole face that have no outline: those it draws as nothing, such as the space. */
    static BitSet outlineless(byte[] font) {
        ByteBuffer data = ByteBuffer.wrap(font);
        Map<String, int[]> tables = tables(data);
        BitSet blank = new BitSet();
        int[] head = tables.get("head");
        int[] maxp = tables.get("maxp");
        int[] loca = tables.get("loca");
        if (head == null || maxp == null || loca == null) {
            return blank;
        }
        boolean longOffsets = data.getShort(head[0] + 50) == 1;
        int glyphs = data.getShort(maxp[0] + 4) & 0xFFFF;
        for (int glyph = 1; glyph < glyphs && (glyph + 1) * (longOffsets ? 4 : 2) < loca[1]; glyph++) {
            if (offset(data, loca[0], glyph + 1, longOffsets) == offset(data, loca[0], glyph, longOffsets)) {
                blank.set(glyph);
            }
        }
        return blank;
    }

    /** Each table's offset, length and the position of its checksum in the table directory, by tag. */
    private static Map<String, int[]> tables(ByteBuffer data) {
        Map<String, int[]> tables = new HashMap<>();
        int count = data.getShort(4) & 0xFFFF;
        for (int i = 0; i < count; i++) {
            int entry = 12 + 16 * i;
            if (entry + 16 > data.limit()) {
                break;
            }
            String tag = new String(data.array(), entry, 4, StandardCharsets.ISO_8859_1);
            int offset = data.getInt(entry + 8);
            int length = data.getInt(entry + 12);
            if (offset >= 0 && length >= 0 && (long) offset + length <= data.limit()) {
                tables.put(tag, new int[]{offset, length, entry + 4});
            }
        }
        return tables;
    }

    private static long offset(ByteBuffer data, int loca, int glyph, boolean longOffsets) {
        return longOffsets ? data.getInt(loca + glyph * 4) & 0xFFFFFFFFL : (data.getShort(loca + glyph * 2) & 0xFFFF) * 2L;
    }

    private static int checksum(ByteBuffer data, int offset, int length) {
        int sum = 0;
        for (int i = 0; i < length; i += 4) {
            int word = 0;
            for (int b = 0; b < 4; b++) {
                word = (word << 8) | (i + b < length ? data.get(offset + i + b) & 0xFF : 0);
            }
            sum += word;
        }
        return sum;
    }
}
