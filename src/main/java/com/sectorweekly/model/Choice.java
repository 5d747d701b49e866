package com.sectorweekly.model;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A set of values a content field is chosen from ({@link OneOf}): fixed by this tool (a chart's
 * kind) or defined by the desk (its ratings, analysts, 景气度 levels). Each says what its values
 * are called and where they come from, for the message that refuses another.
 */
public enum Choice {
    ANALYST("analyst", "among desk.yaml's analysts", "", desk -> names(desk.analysts().stream().map(Desk.Analyst::id))),
    REPORT_KIND("kind", "a kind of report the desk publishes", " (report_kinds in desk.yaml)",
            desk -> names(desk.reportKinds().stream().map(Desk.ReportKind::name))),
    RATING("rating", "in the desk's rating scale", "", desk -> names(desk.ratingScale().ratings().stream().map(Desk.Rating::name))),
    RATING_ACTION("rating action", "defined in desk.yaml", "", Desk::ratingActions),
    COMPANY_RATING("company rating", "on the desk's company scale (company_rating_scale)", "", desk -> desk.companyRatingScale() == null ? List.of()
            : names(desk.companyRatingScale().ratings().stream().map(Desk.Rating::name))),
    RISK("risk", "in desk.yaml's risk_library", "; or word it here as {title: …, text: …}",
            desk -> names(desk.riskLibrary().stream().map(Desk.Risk::id))),
    SENTIMENT_LEVEL("景气度 level", "on the desk's scale", "", desk -> names(desk.sentimentScale().stream().map(Desk.SentimentLevel::name))),
    LANGUAGE("language", "a language this tool has wording for", "", Desk.LANGUAGES),
    FIGURE_NUMBERING("figure_numbering", "a way of numbering figures", " (图表N throughout, or 图N and 表N apart)",
            Desk.FIGURE_NUMBERINGS),
    PERIOD("period", "a report period", "", ReportPeriod.KINDS),
    LOSERS_ORDER("losers_order", "an order of the losers", " (the biggest fall first, or the smallest; left out, either is taken)",
            Desk.Checks.LOSERS_ORDERS),
    LATIN_SPACING("latin_spacing", "a spacing between Chinese and Latin letters or numbers",
            " (thin: a thin space, space: a plain one, none)", Desk.Style.LATIN_SPACINGS),
    SECTOR_RATING("sector_rating", "a rule for the sector's rating", "", Desk.ReportKind.SECTOR_RATINGS),
    FREQUENCY("frequency", "a KPI frequency", "", CoreData.Kpi.FREQUENCIES),
    NUMBERING("numbering", "a numbering style", "", Outline.NUMBERINGS),
    BLOCK("block", "a block this tool builds", "", Outline.BLOCKS),
    PART_STYLE("style", "a style of outline part", "", Outline.STYLES),
    CHART_KIND("kind", "a chart this tool draws", "", Chapters.ChartData.KINDS),
    WIDTH("width", "a figure width", "", Chapters.Picture.WIDTHS),
    ALIGN("align", "a column alignment", "", Chapters.Column.ALIGNMENTS);

    private final String name;
    private final String scope;
    private final String aside;
    private final Function<Desk, List<String>> values;
    private final boolean fromDesk;

    Choice(String name, String scope, String aside, Function<Desk, List<String>> values) {
        this(name, scope, aside, values, true);
    }

    Choice(String name, String scope, String aside, List<String> values) {
        this(name, scope, aside, desk -> values, false);
    }

    Choice(String name, String scope, String aside, Function<Desk, List<String>> values, boolean fromDesk) {
        this.name = name;
        this.scope = scope;
        this.aside = aside;
        this.values = values;
        this.fromDesk = fromDesk;
    }

    /** What a value is called in a message: analyst, 景气度 level, kind. */
    public String title() {
        return name;
    }

    /** Where the values are, as a message puts it after "is not": "in the desk's rating scale". */
    public String scope() {
        return scope;
    }

    /** Said after the list of values: a hint at what they mean or at another way to write one. */
    public String aside() {
        return aside;
    }

    /** Whether the desk defines the values (else this tool does, and a desk is not needed to know them). */
    public boolean fromDesk() {
        return fromDesk;
    }

    /** The values, in the order they are defined; empty where the desk defines none (no company scale). */
    public List<String> values(Desk desk) {
        return values.apply(desk);
    }

    private static List<String> names(Stream<String> names) {
        return names.toList();
    }
}
