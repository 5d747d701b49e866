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

    private static final Pattern FILE_ID = Pattern.compile("/ID\\s*\\[\\s*<([0-9a-fA-F]{32})>\\s*<([0-9a-fA-F]{32})>\\s*]");

    private ReproducibleBytes() {
    }

    /** The same bytes with the tags and the ID replaced, in place: the array is changed and returned. */
    static byte[] of(byte[] pdf) {
        // ISO-8859-1 maps each byte to one char, so the text's indexes are the bytes' offsets.
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        replaceSubsetTags(text, pdf);
        replaceFileId(text, pdf);
        return pdf;
    }

    /**
     * Each subset's tag becomes six letters derived from its name and the glyphs it embeds (the
     * widths array of its CIDFont lists every glyph used), so two reports that embed different
     * glyphs of one face name them differently, as a viewer or a merge tool expects. The tags are
     * found by their {@code +}, which is rare in a PDF, rather than by a pattern run over every byte.
     */
    private static void replaceSubsetTags(String text, byte[] pdf) {
        Map<String, String> widths = cidFontWidths(text);
        Map<String, String> tags = new HashMap<>();
        for (int plus = text.indexOf('+'); plus >= 0; plus = text.indexOf('+', plus + 1)) {
            int slash = plus - 7;
            int nameEnd = nameEnd(text, plus + 1);
            if (slash < 0 || text.charAt(slash) != '/' || !capitals(text, slash + 1, plus) || nameEnd == plus + 1) {
                continue;
            }
            String name = text.substring(plus + 1, nameEnd);
            String subset = text.substring(slash + 1, nameEnd);
            String tag = tags.computeIfAbsent(subset, s -> tagFor(name + widths.getOrDefault(s, "")));
            for (int i = 0; i < 6; i++) {
                pdf[slash + 1 + i] = (byte) tag.charAt(i);
            }
        }
    }

    /**
     * Each CIDFont dictionary as OpenPDF writes it ({@code /BaseFont/ABCDEF+Name … /W [ … ]>>}, with no
     * {@code >} in between): its subset's tag and name, and its widths array.
     */
    private static Map<String, String> cidFontWidths(String text) {
        Map<String, String> widths = new HashMap<>();
        String key = "/BaseFont/";
        for (int at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
            int tag = at + key.length();
            int plus = tag + 6;
            if (plus >= text.length() || text.charAt(plus) != '+' || !capitals(text, tag, plus)) {
                continue;
            }
            int nameEnd = nameEnd(text, plus + 1);
            int close = text.indexOf('>', nameEnd);
            int array = text.indexOf("/W [", nameEnd);
            if (nameEnd == plus + 1 || close < 0 || array < 0 || array > close) {
                continue;
            }
            int end = text.indexOf('>', array);
            if (end + 1 < text.length() && text.charAt(end + 1) == '>') {
                widths.put(text.substring(tag, nameEnd), text.substring(array, end));
            }
        }
        return widths;
    }

    private static boolean capitals(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    /** Where a font's name ({@code [A-Za-z0-9-]+}) starting here ends. */
    private static int nameEnd(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                break;
            }
            i++;
        }
        return i;
    }

    private static String tagFor(String subset) {
        byte[] digest = digest("SHA-256", subset.getBytes(StandardCharsets.ISO_8859_1));
        StringBuilder tag = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + Math.floorMod(digest[i], 26)));
        }
        return tag.toString();
    }

    /**
     * The ID becomes the MD5 of the document with its ID blanked, as the PDF specification suggests.
     * It stands in the trailer, so it is looked for from the end.
     */
    private static void replaceFileId(String text, byte[] pdf) {
        Matcher m = FILE_ID.matcher(text);
        int at = text.lastIndexOf("/ID");
        while (at >= 0 && !m.region(at, text.length()).lookingAt()) {
            at = text.lastIndexOf("/ID", at - 1);
        }
        if (at < 0) {
            return;
        }
        fill(pdf, m.start(1), "0".repeat(32));
        fill(pdf, m.start(2), "0".repeat(32));
        String id = HexFormat.of().formatHex(digest("MD5", pdf));
        fill(pdf, m.start(1), id);
        fill(pdf, m.start(2), id);
    }

    private static void fill(byte[] pdf, int at, String text) {
        for (int i = 0; i < text.length(); i++) {
            pdf[at + i] = (byte) text.charAt(i);
        }
    }

    private static byte[] digest(String algorithm, byte[] bytes) {
        try {
            return MessageDigest.getInstance(algorithm).digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
        }
    }
}
