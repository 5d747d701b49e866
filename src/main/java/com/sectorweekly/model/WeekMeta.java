package com.sectorweekly.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The week's front matter ({@code week.yaml}): identity, rating, signers, and the summary-page text
 * that is not drawn from figures elsewhere.
 */
public record WeekMeta(
        @Required IsoWeek week,
        @Required @Part("the publication date") LocalDate reportDate,
        @Required @Part("the publication time") LocalTime publicationTime,
        @Required String rating,
        @Required String ratingAction,
        @Required List<String> analysts,
        @Required String headline,
        @Required List<String> views,
        @Required String investmentAdvice,
        @Required @Part("the risk warning (风险提示)") List<String> risks,
        List<CompanyRating> companyRatings) {

    public WeekMeta {
        analysts = List.copyOf(analysts);
        views = List.copyOf(views);
        risks = List.copyOf(risks);
        companyRatings = companyRatings == null ? List.of() : List.copyOf(companyRatings);
    }

    /** A covered company's rating this week, from the desk's company scale, with its action (维持, 上调 …). */
    public record CompanyRating(@Required String code, @Required String name, @Required String rating,
                                @Required String action) {
    }
}
