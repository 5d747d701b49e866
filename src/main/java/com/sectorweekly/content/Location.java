package com.sectorweekly.content;

import java.util.Comparator;

/** A place in a content file; line and column are 1-based, 0 where unknown. */
public record Location(String file, int line, int column) {

    /** File, then line, then column: the order an analyst reads the files in. */
    public static final Comparator<Location> READING_ORDER = Comparator
            .comparing(Location::file)
            .thenComparingInt(Location::line)
            .thenComparingInt(Location::column);

    public static Location ofFile(String file) {
        return new Location(file, 0, 0);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
