package com.sectorweekly.format;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a report in its language prints them: {@code 2026年3月27日}, or {@code 27 March 2026}. */
public final class Dates {

    private final boolean chinese;
    private final DateTimeFormatter full;
    private final DateTimeFormatter monthDay;

    public Dates(Locale locale) {
        this.chinese = locale.getLanguage().equals("zh");
        this.full = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        this.monthDay = DateTimeFormatter.ofPattern("d MMM", locale);
    }

    /** {@code 2026年3月27日}, {@code 27 March 2026} */
    public String full(LocalDate date) {
        return chinese ? date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日" : full.format(date);
    }

    /** {@code 3月23日}, {@code 23 Mar} */
    public String monthDay(LocalDate date) {
        return chinese ? date.getMonthValue() + "月" + date.getDayOfMonth() + "日" : monthDay.format(date);
    }

    /** {@code 3月23日-3月27日}, {@code 23 Mar – 27 Mar} */
    public String range(LocalDate from, LocalDate to) {
        return chinese ? monthDay(from) + "-" + monthDay(to) : monthDay(from) + " – " + monthDay(to);
    }
}
