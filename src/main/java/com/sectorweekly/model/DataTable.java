package com.sectorweekly.model;

import java.util.List;

/**
 * The cells of a CSV file or an Excel sheet that a table or a chart names, as text, the first row
 * of the file being the column titles; {@code file} names it in messages.
 */
public record DataTable(String file, List<String> header, List<List<String>> rows) {

    public DataTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** The key a report's data files are kept by: the file as written, with its sheet and range for Excel. */
    public static String key(Chapters.DataSource source) {
        if (source.csv() != null) {
            return source.csv();
        }
        return source.xlsx() + "#" + (source.sheet() == null ? "" : source.sheet()) + "!"
                + (source.range() == null ? "" : source.range());
    }
}
