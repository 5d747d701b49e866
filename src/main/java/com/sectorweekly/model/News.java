package com.sectorweekly.model;

import java.time.LocalDate;
import java.util.List;

/** The week's news: industry news, company news, and big-tech tracking. */
public record News(@Required List<Item> industry, @Required List<Item> company, @Required List<Item> bigTech) {

    public News {
        industry = List.copyOf(industry);
        company = List.copyOf(company);
        bigTech = List.copyOf(bigTech);
    }

    /** One news item; {@code company} is empty for industry news; date and source are printed where given. */
    public record Item(String company, LocalDate date, String source, @Required String text) {
    }
}
