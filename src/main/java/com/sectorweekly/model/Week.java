package com.sectorweekly.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything an analyst writes for one week, as loaded from the week's folder, with the price
 * series its segments name, by index code, the KPI histories its charts name, by KPI id, the
 * week's own chapters (none unless it keeps chapters.yaml), and the data files and pictures those
 * name, by {@link DataTable#key} and by file.
 */
public record Week(
        WeekMeta meta,
        List<Segment> segments,
        SentimentTable sentiment,
        CoreData coreData,
        MarketReview market,
        News news,
        Map<String, PriceSeries> series,
        Map<String, KpiHistory> histories,
        Chapters chapters,
        Map<String, DataTable> tables,
        Map<String, PictureFile> pictures) {

    public Week {
        segments = List.copyOf(segments);
        series = Map.copyOf(series);
        histories = Map.copyOf(histories);
        chapters = chapters == null ? new Chapters(List.of()) : chapters;
        tables = Map.copyOf(tables);
        pictures = Map.copyOf(pictures);
    }

    public Optional<PriceSeries> seriesOf(Segment segment) {
        return Optional.ofNullable(series.get(segment.index().code()));
    }
}
