package com.sectorweekly.render.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a PDF's bytes depend on its content only. OpenPDF names each embedded font subset with six
 * random letters ({@code ABCDEF+NotoSansSC-Regular}) and writes a random file {@code /ID}, and offers
 * no way to set either. Both are replaced here by values of the same length derived from the
 * document itself, so no byte offset moves and the cross-reference table stays valid.
 */
final class ReproducibleBytes {

    private static final Pattern SUBSET_TAG = Pattern.compile("/([A-Z]{6})\\+([A-Za-z0-9-]+)");
    /** A CIDFont dictionary as OpenPDF writes it: its subset's tag and name, and its widths array up to the dictionary's end. */
    private static final Pattern CID_FONT = Pattern.compile("/BaseFont/([A-Z]{6})\\+([A-Za-z0-9-]+)[^>]*?(/W \\[[^>]*)>>");
    private static final Pattern FILE_ID = Pattern.compile("/ID\\s*\\[\\s*<([0-9a-fA-F]{32})>\\s*<([0-9a-fA-F]{32})>\\s*]");

    private ReproducibleBytes() {
    }

    static byte[] of(byte[] pdf) {
        // ISO-8859-1 maps each byte to one char and back, so the document survives as is.
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        text = replaceSubsetTags(text);
        text = replaceFileId(text);
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * Each subset's tag becomes six letters derived from its name and the glyphs it embeds (the
     * widths array of its CIDFont lists every glyph used), so two reports that embed different
     * glyphs of one face name them differently, as a viewer or a merge tool expects.
     */
    private static String replaceSubsetTags(String text) {
        Map<String, String> glyphs = new HashMap<>();
        Matcher cidFonts = CID_FONT.matcher(text);
        while (cidFonts.find()) {
            glyphs.put(cidFonts.group(1) + "+" + cidFonts.group(2), cidFonts.group(3));
        }
        Map<String, String> tags = new HashMap<>();
        Matcher m = SUBSET_TAG.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String subset = m.group(1) + "+" + m.group(2);
            String tag = tags.computeIfAbsent(subset, s -> tagFor(m.group(2) + glyphs.getOrDefault(s, "")));
            m.appendReplacement(out, Matcher.quoteReplacement("/" + tag + "+" + m.group(2)));
        }
        return m.appendTail(out).toString();
    }

    private static String tagFor(String subset) {
        byte[] digest = digest("SHA-256", subset.getBytes(StandardCharsets.ISO_8859_1));
        StringBuilder tag = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + Math.floorMod(digest[i], 26)));
        }
        return tag.toString();
    }

    /** The ID becomes the MD5 of the document with its ID blanked, as the PDF specification suggests. */
    private static String replaceFileId(String text) {
        Matcher m = FILE_ID.matcher(text);
        if (!m.find()) {
            return text;
        }
        String zeros = "0".repeat(32);
        String blanked = text.substring(0, m.start(1)) + zeros + text.substring(m.end(1), m.start(2)) + zeros
                + text.substring(m.end(2));
        String id = HexFormat.of().formatHex(digest("MD5", blanked.getBytes(StandardCharsets.ISO_8859_1)));
        return text.substring(0, m.start(1)) + id + text.substring(m.end(1), m.start(2)) + id + text.substring(m.end(2));
    }

    private static byte[] digest(String algorithm, byte[] bytes) {
        try {
            return MessageDigest.getInstance(algorithm).digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
        }
    }
}
