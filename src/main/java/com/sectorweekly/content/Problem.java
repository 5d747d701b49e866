package com.sectorweekly.content;

import java.util.Comparator;

/** One thing wrong with the content, with where it is and what was expected. */
public record Problem(Location location, String message) {

    /** File, then line, then column: the order an analyst reads the files in. */
    public static final Comparator<Problem> BY_PLACE = Comparator
            .comparing((Problem p) -> p.location().file())
            .thenComparingInt(p -> p.location().line())
            .thenComparingInt(p -> p.location().column());

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
