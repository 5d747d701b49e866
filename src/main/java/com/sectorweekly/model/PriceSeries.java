package com.sectorweekly.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An index's daily closes, oldest first, from the CSV file a segment names. */
public record PriceSeries(String file, List<Close> closes) {

    public PriceSeries {
        closes = List.copyOf(closes);
    }

    public record Close(LocalDate date, BigDecimal close) {
    }

    /** The last close on or before {@code date}. */
    public Optional<Close> onOrBefore(LocalDate date) {
        Close found = null;
        for (Close c : closes) {
            if (c.date().isAfter(date)) {
                break;
            }
            found = c;
        }
        return Optional.ofNullable(found);
    }

    /**
     * The moves the closes give on a report date: the week's, from the last close before the week
     * began, and the month's to date, from the last close of the month before; each to the last
     * close on or before the report date.
     */
    public record Moves(Close weekBase, Close monthBase, Close last) {

        public BigDecimal week() {
            return move(weekBase, last);
        }

        public BigDecimal monthToDate() {
            return move(monthBase, last);
        }
    }

    /**
     * The week's and month's moves on {@code reportDate} for a week starting {@code weekStart}, or
     * a sentence saying which closes the file lacks for them.
     */
    public Moves moves(LocalDate reportDate, LocalDate weekStart) throws MissingCloses {
        Optional<Close> last = onOrBefore(reportDate);
        Optional<Close> weekBase = onOrBefore(weekStart.minusDays(1));
        Optional<Close> monthBase = onOrBefore(reportDate.withDayOfMonth(1).minusDays(1));
        if (last.isEmpty() || weekBase.isEmpty() || monthBase.isEmpty()) {
            throw new MissingCloses(file + " needs closes from before " + reportDate.withDayOfMonth(1)
                    + " to the report date to give this week's and this month's moves");
        }
        if (last.get().date().isBefore(weekStart)) {
            throw new MissingCloses(file + " ends on " + last.get().date() + ", before this week began (" + weekStart
                    + "); add this week's closes");
        }
        return new Moves(weekBase.get(), monthBase.get(), last.get());
    }

    /** The closes a series lacks for a report's moves, said in a sentence. */
    public static final class MissingCloses extends Exception {
        public MissingCloses(String message) {
            super(message, null, false, false);
        }
    }

    /** The move from one close to another in percent, rounded as the report prints it. */
    public static BigDecimal move(Close from, Close to) {
        return move(from.close(), to.close());
    }

    /** The move from one level to another in percent, rounded as the report prints it: a cumulative return. */
    public static BigDecimal move(BigDecimal from, BigDecimal to) {
        return to.divide(from, 10, RoundingMode.HALF_UP).subtract(BigDecimal.ONE).movePointRight(2).setScale(2, RoundingMode.HALF_UP);
    }
}
