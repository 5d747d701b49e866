package com.sectorweekly.content;

import com.sectorweekly.model.KpiHistory;

import java.nio.file.Path;
import java.util.List;

/** Reads a {@code period,value,yoy} CSV of a KPI's history, oldest first; yoy may be left empty. */
final class KpiHistoryFile {

    private static final String COLUMNS = "period,value,yoy";

    private KpiHistoryFile() {
    }

    static KpiHistory read(Path file, String name) throws ContentException {
        List<CsvFile.Row<KpiHistory.Point>> rows = CsvFile.read(file, name, KpiHistory.Point.class, COLUMNS);
        for (CsvFile.Row<KpiHistory.Point> row : rows) {
            if (row.value().period() == null || row.value().value() == null) {
                throw new ContentException(new Problem(new Location(name, row.line(), 0), "a row without "
                        + (row.value().period() == null ? "a period" : "a value") + "; expected " + COLUMNS
                        + " (yoy may be empty)"));
            }
        }
        return new KpiHistory(name, rows.stream().map(CsvFile.Row::value).toList());
    }
}
