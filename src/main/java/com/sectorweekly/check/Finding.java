package com.sectorweekly.check;

import com.sectorweekly.content.Location;
import com.sectorweekly.content.Printable;
import com.sectorweekly.content.Problem;

import java.util.Comparator;

/**
 * One thing a check found, printed as {@code error|warning file:line:col message}. Content quoted
 * in a message or a file's name is escaped where a terminal would act on it (ESC, a line break, a
 * bidi override), so no content can clear the screen or forge a line of its own.
 */
public record Finding(Severity severity, Location location, String message) {

    public Finding {
        message = Printable.escaped(message);
        location = new Location(Printable.escaped(location.file()), location.line(), location.column());
    }

    public static final Comparator<Finding> BY_PLACE = Comparator
            .comparing(Finding::location, Location.READING_ORDER)
            .thenComparing(Finding::message);

    public static Finding error(Location location, String message) {
        return new Finding(Severity.ERROR, location, message);
    }

    public static Finding warning(Location location, String message) {
        return new Finding(Severity.WARNING, location, message);
    }

    /** A problem that kept the content from loading is an error like any other. */
    public static Finding of(Problem problem) {
        return error(problem.location(), problem.message());
    }

    @Override
    public String toString() {
        return severity.label() + " " + location + " " + message;
    }
}
