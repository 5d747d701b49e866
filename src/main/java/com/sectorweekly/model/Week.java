package com.sectorweekly.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything an analyst writes for one report, as loaded from its folder: its front matter and the
 * period its folder names (null for a folder not named after one), the weekly's parts (segments,
 * 景气度, core data, the market review, the news: empty, and no market review, where a report of
 * another kind has none), the price series its segments name, by index code, the KPI histories its
 * charts name, by KPI id, the closes of the market review's performance chart (null for none), its
 * own chapters (none unless it keeps chapters.yaml), and the data files and pictures those name, by
 * {@link DataTable#key} and by file.
 */
public record Week(
        WeekMeta meta,
        ReportPeriod period,
        List<Segment> segments,
        SentimentTable sentiment,
        CoreData coreData,
        MarketReview market,
        News news,
        Map<String, PriceSeries> series,
        Map<String, KpiHistory> histories,
        IndexCloses performance,
        Chapters chapters,
        Map<String, DataTable> tables,
        Map<String, PictureFile> pictures) {

    public Week {
        segments = List.copyOf(segments);
        sentiment = sentiment == null ? new SentimentTable(List.of(), List.of()) : sentiment;
        coreData = coreData == null ? new CoreData("", List.of()) : coreData;
        news = news == null ? new News(List.of(), List.of(), List.of()) : news;
        series = Map.copyOf(series);
        histories = Map.copyOf(histories);
        chapters = chapters == null ? new Chapters(List.of()) : chapters;
        tables = Map.copyOf(tables);
        pictures = Map.copyOf(pictures);
    }

    /** The market review, where the report has one. */
    public Optional<MarketReview> marketReview() {
        return Optional.ofNullable(market);
    }

    /** The sector index's and its benchmarks' closes, where the market review names them. */
    public Optional<IndexCloses> performanceCloses() {
        return Optional.ofNullable(performance);
    }

    /** The index closes a segment names, where it names them. */
    public Optional<PriceSeries> seriesOf(Segment segment) {
        return segment.index() == null ? Optional.empty() : Optional.ofNullable(series.get(segment.index().code()));
    }
}
