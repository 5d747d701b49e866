package com.sectorweekly.model;

import java.util.List;

/**
 * The cells of a CSV file or an Excel sheet that a table or a chart names, as text, the first row
 * of the file being the column titles; {@code file} names it in messages.
 */
public record DataTable(String file, List<String> header, List<List<String>> rows) {

    /** The most rows a table, a chart, a series or a history takes: years of daily closes, well short of what slows a build. */
    public static final int MAX_ROWS = 5000;
    public static final int MAX_COLUMNS = 40;
    /** The longest cell: a company's full name or a note, not a page of text on a chart's axis. */
    public static final int MAX_CELL_CHARS = 400;

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
