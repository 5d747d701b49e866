package com.sectorweekly.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A report's front matter ({@code week.yaml} for a weekly, {@code report.yaml} for another kind):
 * which kind of report it is (the weekly unless it says), when it is published, its rating, its
 * signers (analysts from desk.yaml) and the research assistants who helped but do not sign (by
 * name), and the text of page 1 that is not drawn from figures elsewhere: a weekly's views and
 * investment advice, or another kind's summary paragraphs. Which of these a kind needs, its
 * outline says, and the checks ask for.
 */
public record WeekMeta(
        @OneOf(Choice.REPORT_KIND) String kind,
        IsoWeek week,
        @Required @Part("the publication date") LocalDate reportDate,
        @Required @Part("the publication time") LocalTime publicationTime,
        @OneOf(Choice.RATING) String rating,
        @OneOf(Choice.RATING_ACTION) String ratingAction,
        @Required @OneOf(Choice.ANALYST) List<String> analysts,
        List<String> assistants,
        @Required @Prose @Renewed String headline,
        @Prose @Renewed List<String> views,
        @Prose String investmentAdvice,
        @Prose @Renewed List<String> summary,
        @Required @Part("the risk warning (风险提示)") List<Risk> risks,
        List<CompanyRating> companyRatings) {

    public WeekMeta {
        kind = kind == null ? Desk.ReportKind.WEEKLY.name() : kind;
        // Written but left empty is not given: the checks ask for what the report's kind needs.
        rating = ContentFields.blankAsNone(rating);
        ratingAction = ContentFields.blankAsNone(ratingAction);
        investmentAdvice = ContentFields.blankAsNone(investmentAdvice);
        analysts = List.copyOf(analysts);
        assistants = assistants == null ? List.of() : List.copyOf(assistants);
        views = views == null ? List.of() : List.copyOf(views);
        summary = summary == null ? List.of() : List.copyOf(summary);
        risks = List.copyOf(risks);
        companyRatings = companyRatings == null ? List.of() : List.copyOf(companyRatings);
    }

    /** Whether the report carries the sector's rating (a thematic report may not). */
    public boolean rated() {
        return rating != null;
    }

    /**
     * A risk the report warns of: the id of one the desk's library words, or, for a risk of this
     * report alone, its own {@code title} and {@code text}.
     */
    public record Risk(@OneOf(Choice.RISK) String id, @Prose(label = true) String title, @Prose String text) {

        @JsonCreator
        public Risk {
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static Risk of(String id) {
            return new Risk(id, null, null);
        }

        /** Whether the report words the risk itself rather than naming one of the library's. */
        public boolean ownWords() {
            return id == null;
        }
    }

    /** A covered company's rating this week, from the desk's company scale, with its action (维持, 上调 …). */
    public record CompanyRating(@Required String code, @Required String name, @Required @OneOf(Choice.COMPANY_RATING) String rating,
                                @Required @OneOf(Choice.RATING_ACTION) String action) {
    }
}
