package com.sectorweekly.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a report covers, as its folder is named: an ISO week ({@code 2026-W13}) for a weekly, a month
 * ({@code 2026-03}) for a monthly, or a day with a short name after it ({@code 2025-02-10-deepseek})
 * for a report that is not one of a series.
 */
public sealed interface ReportPeriod extends Comparable<ReportPeriod> {

    /** The kinds of period a report kind may name. */
    String WEEK = "week";
    String MONTH = "month";
    String DATE = "date";
    java.util.List<String> KINDS = java.util.List.of(WEEK, MONTH, DATE);

    Pattern MONTH_NAME = Pattern.compile("(\\d{4})-(\\d{2})");
    Pattern DAY_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:-([a-z0-9][a-z0-9-]*))?");

    /** The period as its folder is named. */
    String name();

    /** {@link #WEEK}, {@link #MONTH} or {@link #DATE}. */
    String kind();

    /** The first day of the period. */
    LocalDate start();

    /** Whether a report dated {@code date} may cover this period. */
    boolean contains(LocalDate date);

    /** The period a folder is named after, if it is named after one. */
    static Optional<ReportPeriod> of(String folderName) {
        try {
            return Optional.of(new Week(IsoWeek.parse(folderName)));
        } catch (IllegalArgumentException notAWeek) {
            // perhaps a month or a day
        }
        try {
            Matcher month = MONTH_NAME.matcher(folderName);
            if (month.matches()) {
                return Optional.of(new Month(YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)))));
            }
            Matcher day = DAY_NAME.matcher(folderName);
            if (day.matches()) {
                return Optional.of(new Day(LocalDate.parse(day.group(1)), day.group(2)));
            }
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** How each kind of period is named, for messages. */
    static String example(String kind) {
        return switch (kind) {
            case WEEK -> "an ISO week, e.g. 2026-W13";
            case MONTH -> "a month, e.g. 2026-03";
            default -> "a day and a short name, e.g. 2025-02-10-deepseek";
        };
    }

    @Override
    default int compareTo(ReportPeriod other) {
        return Comparator.comparing(ReportPeriod::start).thenComparing(ReportPeriod::name).compare(this, other);
    }

    record Week(IsoWeek week) implements ReportPeriod {
        @Override
        public String name() {
            return week.toString();
        }

        @Override
        public String kind() {
            return WEEK;
        }

        @Override
        public LocalDate start() {
            return week.monday();
        }

        @Override
        public boolean contains(LocalDate date) {
            return week.contains(date);
        }
    }

    /** A month, in which a monthly is published. */
    record Month(YearMonth month) implements ReportPeriod {
        @Override
        public String name() {
            return month.toString();
        }

        @Override
        public String kind() {
            return MONTH;
        }

        @Override
        public LocalDate start() {
            return month.atDay(1);
        }

        @Override
        public boolean contains(LocalDate date) {
            return YearMonth.from(date).equals(month);
        }
    }

    /** A day, with the short name that tells one report of the day from another. */
    record Day(LocalDate date, String slug) implements ReportPeriod {
        @Override
        public String name() {
            return slug == null ? date.toString() : date + "-" + slug;
        }

        @Override
        public String kind() {
            return DATE;
        }

        @Override
        public LocalDate start() {
            return date;
        }

        @Override
        public boolean contains(LocalDate date) {
            return this.date.equals(date);
        }
    }
}
