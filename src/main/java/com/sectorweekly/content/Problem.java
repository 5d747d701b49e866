package com.sectorweekly.content;

import java.util.Comparator;

/** One thing wrong with the content, with where it is and what was expected. */
public record Problem(Location location, String message) {

    public static final Comparator<Problem> BY_PLACE = Comparator.comparing(Problem::location, Location.READING_ORDER);

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
