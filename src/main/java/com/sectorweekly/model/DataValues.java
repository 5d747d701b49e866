package com.sectorweekly.model;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the cells of a data table are read as the numbers and dates a chart plots, the same for
 * the checks that judge a file and for the report that draws it. Cells are written as data
 * vendors export them: {@code 1,234.5}, {@code 12.3%}, {@code -}, {@code 2026-01-02} or {@code 2026/1/2}.
 */
public final class DataValues {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?%?");
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?|(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern FORECAST_YEAR = Pattern.compile("\\d{4}E");

    private DataValues() {
    }

    /** Whether a cell holds no figure: empty, or a dash as vendors write for "no data". */
    public static boolean isEmpty(String cell) {
        String s = cell.strip();
        return s.isEmpty() || s.equals("-") || s.equals("—") || s.equals("--") || s.equalsIgnoreCase("N/A");
    }

    /** The number a cell holds, without its thousands separators or percent sign; empty for no figure or text. */
    public static Optional<BigDecimal> number(String cell) {
        String s = cell.strip();
        if (!NUMBER.matcher(s).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(s.replace(",", "").replace("%", "").replace("+", "")));
    }

    /** Whether a cell is a number or holds no figure, as a numeric column's cells are. */
    public static boolean isNumberOrEmpty(String cell) {
        return isEmpty(cell) || number(cell).isPresent();
    }

    /** The date a cell holds; a month alone (2026-01) is its first day. */
    public static Optional<LocalDate> date(String cell) {
        Matcher m = DATE.matcher(cell.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            if (m.group(4) != null) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        Integer.parseInt(m.group(6))));
            }
            int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A forecast year as a column or category is headed: 2026E. */
    public static boolean isForecastYear(String label) {
        return FORECAST_YEAR.matcher(label.strip()).matches();
    }
}
