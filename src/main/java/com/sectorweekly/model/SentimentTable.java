package com.sectorweekly.model;

import java.util.List;

/** The 景气度 table: one row per board, each a level from the desk's scale with the reason. */
public record SentimentTable(@Required List<String> sources, @Required List<Row> rows) {

    public SentimentTable {
        sources = List.copyOf(sources);
        rows = List.copyOf(rows);
    }

    public record Row(@Required String board, @Required String level, @Required String reason) {
    }
}
