package com.sectorweekly.content;

import com.sectorweekly.model.DataTable;
import com.sectorweekly.model.DataValues;
import com.sectorweekly.model.IndexCloses;
import com.sectorweekly.model.PriceSeries;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the CSV of page 1's performance chart: a date, then a column of closes per index, the
 * sector's first and its benchmarks after it, oldest first. A close may be left empty (a holiday on
 * one market); every other cell must be a close above 0. Every mistake is named at its line.
 */
final class PerformanceFile {

    private static final String EXPECTED = "expected a date, then the sector index's close, then each benchmark's";

    private PerformanceFile() {
    }

    static IndexCloses read(Path file, String name, Location where) throws ContentException {
        DataTable table = DataFiles.csv(file, name, where);
        List<Problem> problems = new ArrayList<>();
        if (table.header().size() < 3) {
            throw new ContentException(new Problem(new Location(name, 1, 0), "has " + table.header().size()
                    + " column" + (table.header().size() == 1 ? "" : "s") + "; " + EXPECTED + " (date,通信(申万),沪深300)"));
        }
        int indices = table.header().size() - 1;
        List<List<PriceSeries.Close>> closes = new ArrayList<>();
        for (int i = 0; i < indices; i++) {
            closes.add(new ArrayList<>());
        }
        LocalDate previous = null;
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            Location at = new Location(name, r + 2, 0);
            Optional<LocalDate> date = DataValues.date(row.get(0));
            if (date.isEmpty()) {
                problems.add(new Problem(at, "'" + row.get(0) + "' is not a date; " + EXPECTED));
                continue;
            }
            if (previous != null && !date.get().isAfter(previous)) {
                problems.add(new Problem(at, date.get() + " comes after " + previous + "; dates run oldest first, once each"));
            }
            previous = date.get();
            for (int c = 1; c < table.header().size(); c++) {
                String cell = row.get(c);
                if (cell.isBlank()) {
                    continue;
                }
                Optional<BigDecimal> close = DataValues.number(cell);
                if (close.isEmpty() || close.get().signum() <= 0) {
                    problems.add(new Problem(at, table.header().get(c) + " closes at '" + cell + "'; an index closes at a number above 0"));
                    continue;
                }
                closes.get(c - 1).add(new PriceSeries.Close(date.get(), close.get()));
            }
        }
        boolean rowsRead = problems.isEmpty();
        for (int c = 0; c < indices; c++) {
            if (rowsRead && closes.get(c).size() < 2) {
                problems.add(new Problem(new Location(name, 1, 0), table.header().get(c + 1)
                        + " has " + closes.get(c).size() + " close" + (closes.get(c).size() == 1 ? "" : "s") + "; a line needs two at least"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        return new IndexCloses(name, table.header().subList(1, table.header().size()),
                closes.stream().map(c -> new PriceSeries(name, c)).toList());
    }
}
