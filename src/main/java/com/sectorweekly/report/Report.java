package com.sectorweekly.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A whole weekly, assembled once from the desk and the week: every heading numbered, every figure
 * numbered, every number formatted. Markdown, HTML and PDF are renderings of this one object, which
 * is what keeps their words identical.
 */
public record Report(
        String fileStem,
        String week,
        DocumentInfo info,
        Masthead masthead,
        Cover cover,
        SegmentSection segments,
        CoreDataSection coreData,
        MarketSection market,
        NewsSection news,
        CompanySection companies,
        RiskSection risks,
        RatingSection ratings,
        CertificationSection certification,
        DisclaimerSection disclaimer,
        Colors colors,
        Distribution distribution,
        Map<String, String> labels) {

    /** Every heading of the body in reading order: the PDF's bookmarks and the HTML's contents. */
    public List<Heading> outline() {
        List<Heading> outline = new java.util.ArrayList<>();
        outline.add(segments.heading());
        outline.add(coreData.heading());
        coreData.groups().forEach(g -> outline.add(g.heading()));
        outline.add(market.heading());
        outline.add(news.heading());
        news.groups().forEach(g -> outline.add(g.heading()));
        if (companies != null) {
            outline.add(companies.heading());
        }
        outline.add(risks.heading());
        outline.add(ratings.heading());
        outline.add(certification.heading());
        outline.add(disclaimer.heading());
        return List.copyOf(outline);
    }

    /** Every numbered figure, tables and charts, in order of its number: the list of figures. */
    public List<Figure> figures() {
        List<Figure> figures = new java.util.ArrayList<>();
        segments.segments().stream().map(SegmentView::chart).filter(java.util.Objects::nonNull).forEach(figures::add);
        figures.add(segments.sentiment());
        coreData.groups().forEach(g -> {
            figures.addAll(g.charts());
            figures.add(g.table());
        });
        if (market.industries() != null) {
            figures.add(market.industries());
        }
        figures.add(market.moversChart());
        figures.add(market.table());
        if (companies != null) {
            figures.add(companies.table());
        }
        return List.copyOf(figures);
    }

    /** The charts alone, in order of their number. */
    public List<ChartFigure> charts() {
        return figures().stream().filter(ChartFigure.class::isInstance).map(ChartFigure.class::cast).toList();
    }

    public record DocumentInfo(String title, String author, String subject, String keywords, String language,
                               String creator, LocalDate date) {
    }

    /** The masthead of page 1 and the running header of the others ({@code runningHeader} left, {@code runningHeaderRight} right). */
    public record Masthead(String house, String sectorTitle, String reportType, String badge,
                           String team, String date, String runningHeader, String runningHeaderRight) {
    }

    public record Cover(String rating, List<AnalystLine> analysts, String headline,
                       String viewsTitle, List<RichText> views,
                       String segmentsTitle, List<SegmentView> segments,
                       String coreDataTitle, RichText coreData,
                       String adviceTitle, RichText advice,
                       String risksTitle, String risks) {
    }

    public record AnalystLine(String name, String licence, String email) {
    }

    /** A segment's view; {@code chart} is its index's trend, or null without a price series. */
    public record SegmentView(String name, String moves, RichText commentary, ChartFigure chart) {
    }

    public record SegmentSection(Heading heading, List<SegmentView> segments, TableFigure sentiment) {
    }

    public record CoreDataSection(Heading heading, List<KpiGroupView> groups) {
    }

    public record KpiGroupView(Heading heading, List<RichText> paragraphs, List<ChartFigure> charts, TableFigure table) {
    }

    /** The market review; {@code industries} is null when the week lists no industries' moves. */
    public record MarketSection(Heading heading, String review, ChartFigure industries, String movers,
                                ChartFigure moversChart, TableFigure table) {
    }

    public record NewsSection(Heading heading, List<NewsGroup> groups) {
    }

    public record NewsGroup(Heading heading, List<CompanyNews> companies) {
    }

    /** News under one company heading; {@code company} is empty for industry news. */
    public record CompanyNews(String company, List<NewsLine> items) {
    }

    public record NewsLine(String date, RichText text, String source) {
    }

    /** The covered companies' ratings, or null when the week lists none. */
    public record CompanySection(Heading heading, TableFigure table) {
    }

    public record RiskSection(Heading heading, List<RiskView> items) {
    }

    public record RiskView(String number, String title, String text) {
    }

    /** One scale per thing the desk rates: the sector, and its covered companies if it rates them. */
    public record RatingSection(Heading heading, List<ScaleView> scales) {
    }

    /** A scale's definitions; {@code title} is null when the desk rates only the sector. */
    public record ScaleView(String title, String basis, List<RatingView> ratings) {
    }

    public record RatingView(String name, String definition) {
    }

    /** The analyst certification (分析师声明), word for word from the desk. */
    public record CertificationSection(Heading heading, String text) {
    }

    /**
     * The desk's legal text: its licence statement, where the information comes from, the
     * disclaimer, when the report was published, and its offices.
     */
    public record DisclaimerSection(Heading heading, String licenceStatement, String informationSources,
                                    List<String> paragraphs, String published, String contactsTitle,
                                    List<OfficeView> offices) {
    }

    public record OfficeView(String city, List<String> lines) {
    }

    /**
     * What distribution systems are told about the report (the RIXML file): the publisher, the
     * sector and its rating, the signing analysts with their registration numbers, when it was
     * published, and a plain-text abstract.
     */
    public record Distribution(String house, String shortName, String sectorName, String sectorSlug, String series,
                               String rating, String ratingAction, List<Author> authors, List<CoveredCompany> companies,
                               OffsetDateTime published, String abstractText) {
        public Distribution {
            authors = List.copyOf(authors);
            companies = List.copyOf(companies);
        }
    }

    /** A covered company's rating this week, as the week lists it. */
    public record CoveredCompany(String code, String name, String rating, String action) {
    }

    public record Author(String id, String name, String licence, String email) {
    }

    /** House colours as {@code #RRGGBB}; charts draw rises and falls in {@code rise} and {@code fall}. */
    public record Colors(String primary, String accent, String rise, String fall) {
    }
}
