package com.sectorweekly.content;

import com.sectorweekly.model.PriceSeries;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a {@code date,close} CSV of daily closes, oldest first, naming the row of any mistake. */
final class SeriesFile {

    private static final String COLUMNS = "date,close";

    private SeriesFile() {
    }

    static PriceSeries read(Path file, String name) throws ContentException {
        List<PriceSeries.Close> closes = new ArrayList<>();
        for (CsvFile.Row<PriceSeries.Close> row : CsvFile.read(file, name, PriceSeries.Close.class, COLUMNS)) {
            PriceSeries.Close close = row.value();
            if (close.date() == null || close.close() == null) {
                throw new ContentException(new Problem(new Location(name, row.line(), 0),
                        "a row without " + (close.date() == null ? "a date" : "a close") + "; expected " + COLUMNS));
            }
            CsvFile.checkNumber(close.close(), name, row.line());
            if (close.close().signum() <= 0) {
                throw new ContentException(new Problem(new Location(name, row.line(), 0), "a close of "
                        + close.close().toPlainString() + "; an index closes above 0"));
            }
            if (!closes.isEmpty() && !close.date().isAfter(closes.get(closes.size() - 1).date())) {
                throw new ContentException(new Problem(new Location(name, row.line(), 0),
                        close.date() + " comes after " + closes.get(closes.size() - 1).date() + "; dates run oldest first, once each"));
            }
            closes.add(close);
        }
        return new PriceSeries(name, closes);
    }
}
