package com.sectorweekly.model;

import java.util.List;

/** The 景气度 table: one row per board, each a level from the desk's scale with the reason. */
public record SentimentTable(@Required List<String> sources, @Required List<Row> rows) {

    public SentimentTable {
        sources = List.copyOf(sources);
        rows = List.copyOf(rows);
    }

    /** One board's level; {@code reason} may be left out, and the table then has no column for it. */
    public record Row(@Required String board, @Required @OneOf(Choice.SENTIMENT_LEVEL) String level, @Prose String reason) {
        public Row {
            reason = ContentFields.blankAsNone(reason);
        }
    }

    /** Whether any row gives its reason, which the table then prints in a column of its own. */
    public boolean hasReasons() {
        return rows.stream().anyMatch(r -> r.reason() != null);
    }
}
