package com.sectorweekly.format;

/**
 * Tidies prose written in YAML: a folded block joins lines with a space, which Chinese text must
 * not have between two Chinese characters, nor beside full-width punctuation. A space between a
 * Chinese word and a Latin one is kept as written.
 */
public final class CjkText {

    private CjkText() {
    }

    public static String tidy(String text) {
        String stripped = text.strip();
        StringBuilder out = new StringBuilder(stripped.length());
        int i = 0;
        while (i < stripped.length()) {
            char c = stripped.charAt(i);
            if (!Character.isWhitespace(c)) {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < stripped.length() && Character.isWhitespace(stripped.charAt(end))) {
                end++;
            }
            char before = out.isEmpty() ? 0 : out.charAt(out.length() - 1);
            char after = end < stripped.length() ? stripped.charAt(end) : 0;
            boolean drop = isCjk(before) && isCjk(after) || isCjkPunctuation(before) || isCjkPunctuation(after);
            if (!drop) {
                out.append(' ');
            }
            i = end;
        }
        return out.toString();
    }

    private static boolean isCjkPunctuation(char c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }

    /** Chinese characters and the full-width punctuation set around them. */
    public static boolean isCjk(char c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.GENERAL_PUNCTUATION && (c == '“' || c == '”' || c == '‘' || c == '’' || c == '…' || c == '—');
    }
}
