package com.sectorweekly.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.sectorweekly.compare.WeekChanges.Piece;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Changed text word by word, as a reviewer reads a revision: a Latin word or a number is one
 * token, a Chinese character (which has no spaces to split words at) is one, and so is each other
 * character. A paragraph rewritten throughout is shown as the old and the new, not as a patchwork.
 */
final class TextDiff {

    private static final Pattern TOKEN = Pattern.compile("[\\p{IsLatin}\\p{Nd}][\\p{IsLatin}\\p{Nd}.,%+\\-]*(?<![.,])|\\s+|\\X");
    /** Below this share of its characters kept, a text counts as rewritten. */
    private static final double REWRITTEN = 0.3;

    private TextDiff() {
    }

    /** The pieces that turn {@code before} into {@code after}: kept, removed and added, in reading order. */
    static List<Piece> of(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        int kept = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            kept += add(pieces, Piece.Kind.SAME, a.subList(at, delta.getSource().getPosition()));
            add(pieces, Piece.Kind.REMOVED, delta.getSource().getLines());
            add(pieces, Piece.Kind.ADDED, delta.getTarget().getLines());
            at = delta.getSource().getPosition() + delta.getSource().size();
        }
        kept += add(pieces, Piece.Kind.SAME, a.subList(at, a.size()));
        if (kept < REWRITTEN * Math.max(before.length(), after.length())) {
            List<Piece> whole = new ArrayList<>();
            add(whole, Piece.Kind.REMOVED, List.of(before));
            add(whole, Piece.Kind.ADDED, List.of(after));
            return whole;
        }
        return pieces;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** Appends the tokens as one piece (joined to the last where it is of the same kind); returns their length. */
    private static int add(List<Piece> pieces, Piece.Kind kind, List<String> tokens) {
        String text = String.join("", tokens);
        if (text.isEmpty()) {
            return 0;
        }
        int last = pieces.size() - 1;
        if (last >= 0 && pieces.get(last).kind() == kind) {
            pieces.set(last, new Piece(kind, pieces.get(last).text() + text));
        } else {
            pieces.add(new Piece(kind, text));
        }
        return text.length();
    }
}
