package com.sectorweekly.check;

import com.sectorweekly.content.Places;
import com.sectorweekly.model.Registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Company names in the analyst's prose (views, commentary, news, chapters) against registry.yaml:
 * a Latin word a letter or two from a word of a known name ("Mircosoft", "Lumentun") is a warning
 * at its place that names the known spelling. A word of five letters or more, with the known
 * name's first letter, is compared, so acronyms and ordinary words are left alone; a word of eight
 * or more may be two edits away. Two letters swapped, the commonest slip, count as one edit
 * (optimal string alignment; commons-text offers only Levenshtein, which counts two).
 *
 * <p>A Chinese name (or alias) of three characters or more is found misspelt where the prose has
 * it with one character typed as another of the same sound, the pinyin input method's slip
 * (亨通光店 for 亨通光电), or with two neighbours swapped. Another character of another sound
 * is taken for another name (光迅科技 beside 光库科技 is a company of its own), not a slip.
 */
final class NamesInProse implements Rule {

    private static final Pattern LATIN_WORD = Pattern.compile("(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*(?![A-Za-z0-9])");
    private static final int SHORTEST = 5;
    private static final Pattern HAN_NAME = Pattern.compile("\\p{IsHan}{3,}");

    @Override
    public List<Finding> check(CheckInput input) {
        if (input.week().optionalRegistry().isEmpty()) {
            return List.of(); // KnownNames says the registry is missing
        }
        Set<String> known = knownWords(input.week().registry());
        Set<String> hanNames = input.week().registry().companiesByName().keySet().stream()
                .filter(name -> HAN_NAME.matcher(name).matches()).collect(Collectors.toCollection(TreeSet::new));
        Places places = input.week().places();
        List<Finding> findings = new ArrayList<>();
        for (ProseFields.Field field : ProseFields.of(input.week())) {
            Matcher word = LATIN_WORD.matcher(field.text());
            while (word.find()) {
                String typed = word.group();
                misspelt(typed, known).ifPresent(meant -> findings.add(Finding.warning(
                        places.at(field.file(), field.pointer(), typed),
                        "'" + typed + "' is not a name in registry.yaml; did you mean '" + meant + "'?")));
            }
            for (Slip slip : hanSlips(field.text(), hanNames)) {
                findings.add(Finding.warning(places.at(field.file(), field.pointer(), slip.typed()),
                        "'" + slip.typed() + "' is not a name in registry.yaml; did you mean '" + slip.meant() + "'? ("
                                + slip.why() + ")"));
            }
        }
        return findings.stream().distinct().toList(); // a slip typed twice in one text is said once, at the first
    }

    /** A Chinese name typed with a slip: what was typed, the name meant, and what the slip is. */
    record Slip(String typed, String meant, String why) {
    }

    /** The known Chinese names the text has with one character of the same sound, or two swapped. */
    static List<Slip> hanSlips(String text, Set<String> names) {
        List<Slip> slips = new ArrayList<>();
        for (String name : names) {
            int length = name.length();
            for (int at = 0; at + length <= text.length(); at++) {
                // A slip differs from the name in one or two characters: count them before making the text.
                int differ = 0;
                for (int i = 0; i < length && differ <= 2; i++) {
                    differ += text.charAt(at + i) != name.charAt(i) ? 1 : 0;
                }
                if (differ == 0 || differ > 2) {
                    continue;
                }
                String typed = text.substring(at, at + length);
                if (!names.contains(typed)) {
                    slipBetween(typed, name).ifPresent(why -> slips.add(new Slip(typed, name, why)));
                }
            }
        }
        return slips;
    }

    private static Optional<String> slipBetween(String typed, String name) {
        int first = -1;
        int differ = 0;
        for (int i = 0; i < name.length(); i++) {
            if (typed.charAt(i) != name.charAt(i)) {
                differ++;
                first = first < 0 ? i : first;
            }
        }
        if (differ == 1 && Character.isIdeographic(typed.charAt(first)) && Sounds.alike(typed.charAt(first), name.charAt(first))) {
            return Optional.of(typed.charAt(first) + " and " + name.charAt(first) + " sound alike");
        }
        if (differ == 2 && first + 1 < name.length() && typed.charAt(first) == name.charAt(first + 1)
                && typed.charAt(first + 1) == name.charAt(first)) {
            return Optional.of(name.substring(first, first + 2) + " swapped");
        }
        return Optional.empty();
    }

    /** Every word of the registry's company names and aliases, as spelt there. */
    private static Set<String> knownWords(Registry registry) {
        Set<String> words = new TreeSet<>();
        for (String name : registry.companiesByName().keySet()) {
            Matcher word = LATIN_WORD.matcher(name);
            while (word.find()) {
                words.add(word.group());
            }
        }
        return words;
    }

    /** The known word a typed one misspells, if it is near one and is not one itself. */
    private static Optional<String> misspelt(String typed, Set<String> known) {
        if (typed.length() < SHORTEST || known.stream().anyMatch(k -> k.equalsIgnoreCase(typed))) {
            return Optional.empty();
        }
        String lower = typed.toLowerCase(Locale.ROOT);
        int limit = typed.length() >= 8 ? 2 : 1;
        return known.stream()
                .filter(k -> k.length() >= SHORTEST && Character.toLowerCase(k.charAt(0)) == lower.charAt(0))
                .filter(k -> edits(k.toLowerCase(Locale.ROOT), lower) <= limit)
                .min(Comparator.comparingInt((String k) -> edits(k.toLowerCase(Locale.ROOT), lower)).thenComparing(k -> k));
    }

    /** Letters inserted, deleted, replaced, or two neighbours swapped, to make one word the other. */
    static int edits(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
