package com.sectorweekly.format;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Every number a report prints is formatted here, so that the formats cannot disagree. */
public final class Numbers {

    private Numbers() {
    }

    /** An index or stock move: always signed, two decimals: {@code +2.43%}, {@code -3.25%}. */
    public static String move(BigDecimal percent) {
        return signed(percent.setScale(2, RoundingMode.HALF_UP)) + "%";
    }

    /** A value as the analyst wrote it, with its unit: {@code 6.94亿户}, {@code 35.3%}. */
    public static String value(BigDecimal value, String unit) {
        return plain(value) + unit;
    }

    /** A change as written, signed, with its unit: {@code +316.7万户}, {@code -1.7%}. */
    public static String change(BigDecimal change, String unit) {
        return signed(change) + unit;
    }

    /** The magnitude of a change with its unit, for use after a word that gives the direction. */
    public static String magnitude(BigDecimal change, String unit) {
        return plain(change.abs()) + unit;
    }

    private static String signed(BigDecimal value) {
        String text = plain(value);
        return value.signum() > 0 ? "+" + text : text;
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
