package com.sectorweekly.model;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The research desk: who publishes, who signs, and the compliance text that every report carries
 * word for word. Lives in {@code content/desk.yaml}, written once, read by every week.
 */
public record Desk(
        @Required @Part("the firm's name") String house,
        @Required String shortName,
        @Required String researchInstitute,
        @Required @Part("the words 证券研究报告") String documentType,
        @Required @Part("the firm's statement of its securities-advisory licence (证券投资咨询业务资格)") String licenceStatement,
        @Required String team,
        @Required Sector sector,
        @Required List<Analyst> analysts,
        @Required @Part("the rating definitions (投资评级说明)") RatingScale ratingScale,
        RatingScale companyRatingScale,
        @Required List<String> ratingActions,
        @Required List<SentimentLevel> sentimentScale,
        @Required List<Risk> riskLibrary,
        @Required @Part("the analyst certification (分析师声明)") String analystCertification,
        @Required @Part("the statement of information sources (信息来源)") String informationSources,
        @Required List<String> disclaimer,
        @Required List<Office> offices,
        @Required Style style,
        @Required Checks checks,
        String timeZone,
        @OneOf(Choice.LANGUAGE) String language,
        @OneOf(Choice.FIGURE_NUMBERING) String figureNumbering,
        List<ReportKind> reportKinds) {

    /** Where a desk publishes unless desk.yaml says otherwise: publication times are read in this zone. */
    public static final String DEFAULT_TIME_ZONE = "Asia/Shanghai";
    /** The language of a desk's reports unless desk.yaml says otherwise. */
    public static final String DEFAULT_LANGUAGE = "zh-CN";
    /** The languages whose wording (labels, numerals, punctuation, dates) the tool has. */
    public static final List<String> LANGUAGES = List.of("zh-CN", "en");
    /** Figures in one sequence (图表1, 图表2 …), or charts and pictures apart from tables (图1 …, 表1 …). */
    public static final List<String> FIGURE_NUMBERINGS = List.of("combined", "separate");

    public Desk {
        timeZone = timeZone == null ? DEFAULT_TIME_ZONE : timeZone;
        language = language == null ? DEFAULT_LANGUAGE : language;
        figureNumbering = figureNumbering == null ? FIGURE_NUMBERINGS.get(0) : figureNumbering;
        reportKinds = reportKinds == null || reportKinds.isEmpty() ? List.of(ReportKind.WEEKLY) : List.copyOf(reportKinds);
        analysts = List.copyOf(analysts);
        ratingActions = List.copyOf(ratingActions);
        sentimentScale = List.copyOf(sentimentScale);
        riskLibrary = List.copyOf(riskLibrary);
        disclaimer = List.copyOf(disclaimer);
        offices = List.copyOf(offices);
    }

    /** Whether tables are numbered apart from charts and pictures (表1 beside 图1). */
    public boolean numbersTablesApart() {
        return "separate".equals(figureNumbering);
    }

    /** The kind of report of that name, among those the desk publishes. */
    public Optional<ReportKind> kind(String name) {
        return reportKinds.stream().filter(k -> k.name().equals(name)).findFirst();
    }

    public Optional<Analyst> analyst(String id) {
        return analysts.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Risk> risk(String id) {
        return riskLibrary.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The sector the desk covers: its Chinese name for the report and a slug for file names. */
    public record Sector(@Required String name, @Required @FileName String slug) {
    }

    /**
     * A kind of report the desk publishes: what period one covers (a week, a month, or a date for a
     * report not of a series), its title as printed (行业周报, 行业月报, 专题报告; the wording's
     * 行业周报 unless given), the outline its reports take ({@code outlines/<outline>.yaml}, the
     * desk's own or the one built in), and whether each carries the sector's rating.
     */
    public record ReportKind(@Required @FileName String name, @Required @OneOf(Choice.PERIOD) String period, String title, String outline,
                             @OneOf(Choice.SECTOR_RATING) String sectorRating) {

        /** The kind a desk publishes when desk.yaml names none: the weekly. */
        public static final ReportKind WEEKLY = new ReportKind("weekly", ReportPeriod.WEEK, null, "weekly", "required");
        public static final List<String> SECTOR_RATINGS = List.of("required", "optional");

        public ReportKind {
            outline = outline == null ? name : outline;
            sectorRating = sectorRating == null ? "required" : sectorRating;
        }

        public boolean requiresSectorRating() {
            return "required".equals(sectorRating);
        }
    }

    /** A signing analyst with the registration number the regulator issued. */
    public record Analyst(@Required String id, @Required String name,
                          @Required @Part("the analyst's registration number (执业证书编号)") String licence, @Required String email) {

        /** The form of a registration number the Securities Association of China issues: S and 13 digits. */
        public static final Pattern LICENCE = Pattern.compile("S\\d{13}");
    }

    /**
     * A rating scale of the house: horizon, benchmark and one definition per rating. {@code
     * rating_scale} rates the sector; {@code company_rating_scale}, if the desk rates companies, the
     * covered stocks.
     */
    public record RatingScale(@Required @Part("the rating horizon") String horizon,
                              @Required @Part("the rating benchmark") String benchmark,
                              @Required @Part("the rating definitions (投资评级说明)") List<Rating> ratings) {
        public RatingScale {
            ratings = List.copyOf(ratings);
        }
    }

    public record Rating(@Required String name, @Required String definition) {
    }

    /** One step of the 景气度 scale, e.g. 稳健向上, with what it means. */
    public record SentimentLevel(@Required String name, @Required String meaning) {
    }

    /** A standard risk warning: the week lists the ids it applies. */
    public record Risk(@Required String id, @Required String title, @Required String text) {
    }

    public record Office(@Required String city, @Required String phone, @Required String email,
                         @Required String postcode, @Required String address) {
    }

    /**
     * The desk's limits for the consistency checks: how many top movers a week lists, what moves are
     * plausible (percent), how old a KPI may be by its frequency (days before the report date), and
     * after how many unchanged weeks carried-over text is flagged.
     */
    public record Checks(@Required @AtLeast(1) int movers,
                         @Required @AtLeast(0.01) double maxIndexWeeklyMove,
                         @Required @AtLeast(0.01) double maxIndexMonthMove,
                         @Required @AtLeast(0.01) double maxStockWeeklyMove,
                         @Required KpiAges kpiMaxAgeDays,
                         @Required @AtLeast(1) int carriedOverWeeks,
                         @OneOf(Choice.LOSERS_ORDER) String losersOrder) {

        /** The losers listed with the biggest fall first (跌幅前五 as it is usually read). */
        public static final String BIGGEST_FALL_FIRST = "biggest_fall_first";
        /** The losers listed as the gainers are, the highest move first. */
        public static final String SMALLEST_FALL_FIRST = "smallest_fall_first";
        public static final List<String> LOSERS_ORDERS = List.of(BIGGEST_FALL_FIRST, SMALLEST_FALL_FIRST);
    }

    public record KpiAges(@Required @AtLeast(1) int monthly, @Required @AtLeast(1) int quarterly, @Required @AtLeast(1) int annual) {
        public int forFrequency(String frequency) {
            return switch (frequency) {
                case "quarterly" -> quarterly;
                case "annual" -> annual;
                default -> monthly;
            };
        }
    }

    /**
     * The desk's house colours, used by every format. Charts draw rises and falls in
     * {@code riseColor} and {@code fallColor}: red and green unless the desk says otherwise, as
     * mainland readers expect. {@code latinSpacing} is what stands between Chinese and a Latin word
     * or a number in every text: a thin space, a plain one, or none.
     */
    public record Style(@Required @Colour String primaryColor, @Required @Colour String accentColor, @Colour String riseColor,
                        @Colour String fallColor, @OneOf(Choice.LATIN_SPACING) String latinSpacing) {

        /** A thin space (U+2009), a plain one, or none; the first unless desk.yaml says otherwise. */
        public static final List<String> LATIN_SPACINGS = List.of("thin", "space", "none");

        public Style {
            riseColor = riseColor == null ? "#C8372D" : riseColor;
            fallColor = fallColor == null ? "#2E8B57" : fallColor;
            latinSpacing = latinSpacing == null ? LATIN_SPACINGS.get(0) : latinSpacing;
        }
    }
}
