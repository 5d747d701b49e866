package com.sectorweekly.content;

/**
 * Characters that text in a report, or a line on a terminal, cannot carry as they are: control
 * characters (an ESC can clear a terminal, a NUL makes XML unreadable) and, on a terminal, the
 * bidirectional overrides that can make a line read other than it is.
 */
public final class Printable {

    private Printable() {
    }

    /** The index of the first control character other than tab and line breaks, or -1. */
    public static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
        }
        return -1;
    }

    /** What is said of a control character found in content: which it is, where (if said), and what to do. */
    public static String refusal(char control, String where) {
        return String.format("the control character U+%04X%s, which no report can print; remove it", (int) control, where);
    }

    /** The text for one terminal line: control characters, line breaks and bidi overrides written as backslash-u escapes. */
    public static String escaped(String text) {
        StringBuilder line = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unsafe = Character.getType(c) == Character.CONTROL && c != '\t' || isBidiControl(c);
            if (unsafe && line == null) {
                line = new StringBuilder(text.substring(0, i));
            }
            if (line != null) {
                line.append(unsafe ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return line == null ? text : line.toString();
    }

    private static boolean isBidiControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }
}
