package com.sectorweekly.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything an analyst writes for one week, as loaded from the week's folder, with the price
 * series its segments name, by index code, and the KPI histories its charts name, by KPI id.
 */
public record Week(
        WeekMeta meta,
        List<Segment> segments,
        SentimentTable sentiment,
        CoreData coreData,
        MarketReview market,
        News news,
        Map<String, PriceSeries> series,
        Map<String, KpiHistory> histories) {

    public Week {
        segments = List.copyOf(segments);
        series = Map.copyOf(series);
        histories = Map.copyOf(histories);
    }

    public Optional<PriceSeries> seriesOf(Segment segment) {
        return Optional.ofNullable(series.get(segment.index().code()));
    }
}
