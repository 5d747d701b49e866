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

    /** The move from one close to another in percent, rounded as the report prints it. */
    public static BigDecimal move(Close from, Close to) {
        return to.close().divide(from.close(), 10, RoundingMode.HALF_UP)
                .subtract(BigDecimal.ONE).movePointRight(2).setScale(2, RoundingMode.HALF_UP);
    }
}
