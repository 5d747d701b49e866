package com.sectorweekly.check;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** The known name a misspelt one most likely means. */
final class Names {

    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(4);

    private Names() {
    }

    /**
     * The nearest known name within a third of the name's length (at least two edits), if any; a name
     * of three characters or fewer (买入, a short id) is one edit from what it means, or means nothing known.
     */
    static Optional<String> nearest(String name, Collection<String> known) {
        int limit = name.length() <= 3 ? 1 : Math.max(2, name.length() / 3);
        return known.stream()
                .filter(k -> {
                    int d = DISTANCE.apply(k.toLowerCase(), name.toLowerCase());
                    return d >= 0 && d <= limit;
                })
                .min(Comparator.comparingInt((String k) -> DISTANCE.apply(k.toLowerCase(), name.toLowerCase()))
                        .thenComparing(k -> k));
    }
}
