package com.sectorweekly.format;

import java.time.LocalDate;

/** Dates as a Chinese report prints them. */
public final class Dates {

    private Dates() {
    }

    /** {@code 2026年3月27日} */
    public static String full(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** {@code 3月23日} */
    public static String monthDay(LocalDate date) {
        return date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** {@code 3月23日-3月27日} */
    public static String range(LocalDate from, LocalDate to) {
        return monthDay(from) + "-" + monthDay(to);
    }
}
