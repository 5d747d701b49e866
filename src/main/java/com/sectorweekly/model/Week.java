package com.sectorweekly.model;

import java.util.List;

/** Everything an analyst writes for one week, as loaded from the week's folder. */
public record Week(
        WeekMeta meta,
        List<Segment> segments,
        SentimentTable sentiment,
        CoreData coreData,
        MarketReview market,
        News news) {

    public Week {
        segments = List.copyOf(segments);
    }
}
