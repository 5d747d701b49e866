package com.sectorweekly.content;

import com.sectorweekly.model.KpiHistory;

import com.sectorweekly.model.DataValues;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/** Reads a {@code period,value,yoy} CSV of a KPI's history, oldest first; yoy may be left empty. */
final class KpiHistoryFile {

    private static final String COLUMNS = "period,value,yoy";

    private KpiHistoryFile() {
    }

    static KpiHistory read(Path file, String name) throws ContentException {
        List<CsvFile.Row<KpiHistory.Point>> rows = CsvFile.read(file, name, KpiHistory.Point.class, COLUMNS);
        Map<String, Integer> seen = new HashMap<>();
        LocalDate last = null;
        for (CsvFile.Row<KpiHistory.Point> row : rows) {
            KpiHistory.Point point = row.value();
            Location at = new Location(name, row.line(), 0);
            if (point.period() == null || point.value() == null) {
                throw new ContentException(new Problem(at, "a row without " + (point.period() == null ? "a period" : "a value")
                        + "; expected " + COLUMNS + " (yoy may be empty)"));
            }
            CsvFile.checkText(point.period(), name, row.line());
            CsvFile.checkNumber(point.value(), name, row.line());
            CsvFile.checkNumber(point.yoy(), name, row.line());
            // As a series' dates do: each period once, oldest first (where the periods are dates or months).
            Integer before = seen.putIfAbsent(point.period().strip(), row.line());
            if (before != null) {
                throw new ContentException(new Problem(at, "period " + point.period() + " is listed twice (also on line "
                        + before + "); each period once, oldest first"));
            }
            LocalDate date = DataValues.date(point.period()).orElse(null);
            if (date != null && last != null && !date.isAfter(last)) {
                throw new ContentException(new Problem(at, point.period() + " comes after a later period; periods run oldest first"));
            }
            last = date != null ? date : last;
        }
        return new KpiHistory(name, rows.stream().map(CsvFile.Row::value).toList());
    }
}
