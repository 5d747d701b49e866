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

/**
 * Company names in the analyst's prose (views, commentary, news, chapters) against registry.yaml:
 * a Latin word a letter or two from a word of a known name ("Mircosoft", "Lumentun") is a warning
 * at its place that names the known spelling. A word of five letters or more, with the known
 * name's first letter, is compared, so acronyms and ordinary words are left alone; a word of eight
 * or more may be two edits away. Two letters swapped, the commonest slip, count as one edit
 * (optimal string alignment; commons-text offers only Levenshtein, which counts two).
 */
final class NamesInProse implements Rule {

    private static final Pattern LATIN_WORD = Pattern.compile("(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*(?![A-Za-z0-9])");
    private static final int SHORTEST = 5;

    @Override
    public List<Finding> check(CheckInput input) {
        if (input.week().optionalRegistry().isEmpty()) {
            return List.of(); // KnownNames says the registry is missing
        }
        Set<String> known = knownWords(input.week().registry());
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
        }
        return findings;
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
