package com.sectorweekly.format;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * One rule for mixing Chinese with Latin letters and numbers, applied to every text a report prints,
 * typed or built: between a Chinese character and a Latin word or a number stands the desk's space
 * (a thin space unless desk.yaml says otherwise), except between a number and the unit that follows
 * it (2904亿元, 35.3%, 2026年3月27日, 第3名). Spaces typed at such a place are replaced, so typed and
 * generated text read alike. In Chinese text a bracket pair is full-width around Chinese words and
 * half-width around a code or a Latin term: 光模块 (CPO) 指数 (8841258.WI)，（含税）.
 */
public final class Typography {

    /** After these a number goes on the date or the time (2026年3月27日, 7点30分); after 日 a time of day stands apart. */
    private static final String DATE_UNITS = "年月时点";
    private static final String MAGNITUDES = "十百千万亿兆";
    /** Units and measure words that follow a number without a space; the longest that matches is meant. */
    private static final Set<String> UNITS = Set.of("美元", "港元", "港币", "欧元", "日元", "英镑", "人民币", "公里", "平方");
    private static final String UNIT_CHARACTERS = "年月日号时点分秒周天季期届轮批代层级次倍成折个只家位名款台套条项笔张部件人户股手"
            + "元角十百千万亿兆吨克米亩瓦度伏座架辆艘颗片块根枚份篇首种类组支核芯楼多余";

    private final String space;
    private final boolean chineseBrackets;

    /**
     * @param spacing         {@code thin} (U+2009), {@code space} or {@code none}, as desk.yaml's style says
     * @param chineseBrackets whether brackets take their width from what they hold (Chinese reports)
     */
    public Typography(String spacing, boolean chineseBrackets) {
        this.space = switch (spacing) {
            case "thin" -> "\u2009";
            case "space" -> " ";
            case "none" -> "";
            default -> throw new IllegalArgumentException("no such spacing: " + spacing);
        };
        this.chineseBrackets = chineseBrackets;
    }

    /** One change to a text: the characters from {@code start} to {@code end} become {@code text}. */
    public record Edit(int start, int end, String text) {
    }

    public String set(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        List<Edit> edits = edits(text);
        if (edits.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + edits.size());
        int at = 0;
        for (Edit edit : edits) {
            out.append(text, at, edit.start()).append(edit.text());
            at = edit.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    /** The changes the rule makes to a text, in order and not overlapping. */
    public List<Edit> edits(String text) {
        char[] chars = text.toCharArray();
        List<Edit> edits = new ArrayList<>();
        List<Edit> brackets = chineseBrackets ? bracketWidths(chars) : List.of();
        for (Edit bracket : brackets) {
            chars[bracket.start()] = bracket.text().charAt(0);
        }
        int bracket = 0;
        int from = sectionNumberEnd(text);
        for (int i = from; i < chars.length; i++) {
            while (bracket < brackets.size() && brackets.get(bracket).start() < i) {
                edits.add(brackets.get(bracket++));
            }
            if (i == from || isGapSpace(chars[i])) {
                continue;
            }
            int gapStart = i;
            while (gapStart > from && isGapSpace(chars[gapStart - 1])) {
                gapStart--;
            }
            if (gapStart == from) {
                continue; // spaces that open the text are not between two words
            }
            String wanted = between(chars, gapStart - 1, i);
            if (wanted != null && !wanted.contentEquals(new StringBuilder().append(chars, gapStart, i - gapStart))) {
                edits.add(new Edit(gapStart, i, wanted));
            }
        }
        while (bracket < brackets.size()) {
            edits.add(brackets.get(bracket++));
        }
        return edits;
    }

    /** What stands between the character at {@code left} and the one at {@code right}; null to leave it as typed. */
    private String between(char[] chars, int left, int right) {
        char l = chars[left];
        char r = chars[right];
        if (isHan(l) && startsLatin(chars, right)) {
            int before = skipSpaces(chars, left - 1);
            boolean afterNumber = before >= 0 && isDigit(chars[before]);
            if (l == '第' || isDigit(r) && afterNumber && DATE_UNITS.indexOf(l) >= 0) {
                return "";
            }
            if ("-~–".indexOf(r) >= 0 && afterNumber && UNIT_CHARACTERS.indexOf(l) >= 0) {
                return ""; // a range of quantities (3月23日-3月27日), not a signed number
            }
            // 666.7亿GB is one quantity; 100万亿 Tokens, typed apart, is a number and a word
            boolean typedTogether = right == left + 1;
            return typedTogether && Character.isLetter(r) && MAGNITUDES.indexOf(l) >= 0 && followsNumber(chars, left) ? "" : space;
        }
        if (endsLatin(l) && isHan(r)) {
            return isDigit(l) && isPlainNumberEnd(chars, left) && unitAt(chars, right) ? "" : space;
        }
        return null;
    }

    /** Whether a run of magnitudes (万亿) at {@code at} follows a number: 666.7亿GB. */
    private static boolean followsNumber(char[] chars, int at) {
        int i = at;
        while (i >= 0 && MAGNITUDES.indexOf(chars[i]) >= 0) {
            i--;
        }
        i = skipSpaces(chars, i);
        return i >= 0 && isDigit(chars[i]);
    }

    /** The last character at or before {@code at} that is not a space between words. */
    private static int skipSpaces(char[] chars, int at) {
        int i = at;
        while (i >= 0 && isGapSpace(chars[i])) {
            i--;
        }
        return i;
    }

    /** Whether the digit at {@code end} ends a number of its own (2904, 1-2, 35.3), not a word such as H20 or Q1. */
    private static boolean isPlainNumberEnd(char[] chars, int end) {
        int i = end;
        while (i >= 0 && (isDigit(chars[i]) || ".,-~–".indexOf(chars[i]) >= 0)) {
            i--;
        }
        return i < 0 || !isLatinLetter(chars[i]);
    }

    private static boolean unitAt(char[] chars, int at) {
        if (UNIT_CHARACTERS.indexOf(chars[at]) >= 0) {
            return true;
        }
        String rest = new String(chars, at, Math.min(3, chars.length - at));
        return UNITS.stream().anyMatch(rest::startsWith);
    }

    private static boolean startsLatin(char[] chars, int at) {
        char c = chars[at];
        if (isLatinLetter(c) || isDigit(c) || c == '(' || c == '[') {
            return true;
        }
        return "+-−$".indexOf(c) >= 0 && at + 1 < chars.length && isDigit(chars[at + 1]);
    }

    private static boolean endsLatin(char c) {
        return isLatinLetter(c) || isDigit(c) || "%‰°)]".indexOf(c) >= 0;
    }

    /**
     * The brackets to change so that each pair is full-width around Chinese and half-width around
     * a code or a Latin term; a bracket without its partner is left as typed.
     */
    private static List<Edit> bracketWidths(char[] chars) {
        List<Edit> edits = new ArrayList<>();
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '(' || c == '（') {
                open.push(i);
            } else if ((c == ')' || c == '）') && !open.isEmpty()) {
                int start = open.pop();
                boolean chinese = false;
                boolean latin = false;
                for (int j = start + 1; j < i; j++) {
                    chinese |= isHan(chars[j]);
                    latin |= isLatinLetter(chars[j]) || isDigit(chars[j]);
                }
                if (chinese || latin) {
                    String pair = chinese ? "（）" : "()";
                    if (chars[start] != pair.charAt(0)) {
                        edits.add(new Edit(start, start + 1, pair.substring(0, 1)));
                    }
                    if (c != pair.charAt(1)) {
                        edits.add(new Edit(i, i + 1, pair.substring(1)));
                    }
                }
            }
        }
        edits.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return edits;
    }

    /** Where a section number that opens a text ends (4.1, 1.), with the space after it, which is the heading's own. */
    private static int sectionNumberEnd(String text) {
        int i = 0;
        boolean dotted = false;
        while (i < text.length() && (isDigit(text.charAt(i)) || i > 0 && text.charAt(i) == '.')) {
            dotted |= text.charAt(i) == '.';
            i++;
        }
        return dotted && i < text.length() && text.charAt(i) == ' ' ? i + 1 : 0;
    }

    private static boolean isGapSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u2009';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLatinLetter(char c) {
        return c < 0x250 && Character.isLetter(c);
    }

    /** A Chinese character (not its punctuation, which takes no space beside anything). */
    public static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && Character.isLetter(c);
    }
}
