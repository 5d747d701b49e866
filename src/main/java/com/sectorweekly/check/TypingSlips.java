package com.sectorweekly.check;

import com.sectorweekly.content.Places;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slips of typing in the analyst's prose, each a warning at its line and column: punctuation typed
 * twice (。。，，), a character or word typed twice where the language does not double it (的的,
 * the the), a bracket or quote left open or closed twice, half-width punctuation after Chinese
 * characters, and an index's move typed without its sign beside moves typed with theirs.
 */
final class TypingSlips implements Rule {

    private static final Pattern DOUBLED_PUNCTUATION = Pattern.compile("[。；，、：]{2,}");
    private static final Pattern DOUBLED_HAN = Pattern.compile("(\\p{IsHan})\\1");
    private static final Pattern DOUBLED_WORD = Pattern.compile("(?i)\\b(\\p{IsLatin}{2,})\\s+\\1\\b");
    private static final Pattern HALF_WIDTH = Pattern.compile("(?<=\\p{IsHan})[,;:!?]");
    private static final Pattern SIGNED_MOVE = Pattern.compile("[+-]\\d+(?:\\.\\d+)?%");
    /** A move after an index's name with no sign: 指数 2.75%, where a rise and a fall read alike. */
    private static final Pattern UNSIGNED_MOVE = Pattern.compile("(?<=指数)\\s*(\\d+(?:\\.\\d+)?%)");
    /**
     * The characters whose doubling is a slip: the particles, prepositions and conjunctions, which
     * Chinese does not reduplicate. Other characters double at the seam of two words (应用|用户,
     * 阿里巴巴) or on purpose (常常, 渐渐), and are left alone: tuned against the example reports.
     */
    private static final String FUNCTION_CHARACTERS = "的了是在和与及将对为把被也都就还而或于其之以已并但从向让给由据";
    private static final Map<Character, Character> PAIRS = Map.of('（', '）', '(', ')', '【', '】', '《', '》', '“', '”',
            '‘', '’', '「', '」', '[', ']');

    @Override
    public List<Finding> check(CheckInput input) {
        Places places = input.week().places();
        List<Finding> findings = new ArrayList<>();
        for (ProseFields.Field field : ProseFields.of(input.week())) {
            String text = field.text();
            slips(DOUBLED_PUNCTUATION, text, m -> "'" + m.group() + "': punctuation typed twice", field, places, findings);
            slips(DOUBLED_HAN, text, m -> FUNCTION_CHARACTERS.indexOf(m.group().charAt(0)) < 0 || isSetPhrase(text, m.start()) ? null
                    : "'" + m.group() + "': a character typed twice?", field, places, findings);
            slips(DOUBLED_WORD, text, m -> "'" + m.group() + "': a word typed twice?", field, places, findings);
            slips(HALF_WIDTH, text, m -> "half-width '" + m.group() + "' in Chinese text; write '" + fullWidth(m.group().charAt(0))
                    + "'", field, places, findings);
            brackets(text, field, places, findings);
            if (SIGNED_MOVE.matcher(text).find()) {
                slips(UNSIGNED_MOVE, text, m -> "'" + m.group(1) + "' has no sign beside moves that have theirs; write +"
                        + m.group(1) + " or -" + m.group(1), field, places, findings);
            }
        }
        return findings;
    }

    /** 不了了之: a doubled particle inside a set phrase is not a slip. */
    private static boolean isSetPhrase(String text, int at) {
        return text.startsWith("了了之", at);
    }

    /** 1） and a) number a list's items: their bracket closes nothing. */
    private static boolean isListMarker(String text, int close) {
        int start = close;
        while (start > 0 && close - start < 2 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            start--;
        }
        return start < close && (start == 0 || " ；;。，、：:".indexOf(text.charAt(start - 1)) >= 0);
    }

    private interface Message {
        String of(Matcher match);
    }

    private static void slips(Pattern pattern, String text, Message message, ProseFields.Field field, Places places,
                              List<Finding> findings) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String said = message.of(m);
            if (said != null) {
                findings.add(Finding.warning(places.at(field.file(), field.pointer(), m.group()), said));
            }
        }
    }

    /** A bracket or quote closed that was not opened, or opened and never closed. */
    private static void brackets(String text, ProseFields.Field field, Places places, List<Finding> findings) {
        for (Map.Entry<Character, Character> pair : PAIRS.entrySet()) {
            int open = 0;
            int firstOpen = -1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == pair.getKey() && !pair.getKey().equals(pair.getValue())) {
                    firstOpen = open == 0 ? i : firstOpen;
                    open++;
                } else if (c == pair.getValue() && !isListMarker(text, i)) {
                    if (open == 0) {
                        findings.add(Finding.warning(places.at(field.file(), field.pointer(), String.valueOf(c)),
                                "'" + c + "' closes what was not opened with '" + pair.getKey() + "'"));
                    } else {
                        open--;
                    }
                }
            }
            if (open > 0) {
                findings.add(Finding.warning(places.at(field.file(), field.pointer(), String.valueOf(pair.getKey())),
                        "'" + pair.getKey() + "' is opened and not closed with '" + pair.getValue() + "'"));
            }
        }
    }

    private static char fullWidth(char c) {
        return switch (c) {
            case ',' -> '，';
            case ';' -> '；';
            case ':' -> '：';
            case '!' -> '！';
            default -> '？';
        };
    }
}
