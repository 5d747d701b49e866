package com.sectorweekly.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A sub-sector the desk follows (细分赛道), tracked through an index where it has one (交换机 and
 * 连接器 may have none). Moves are in percent, printed where both are given; {@code series}
 * optionally names a CSV file of the index's daily closes (date,close), drawn as a chart with its
 * {@code sources}, from which the loader computes the moves that are not written. {@code summary} is the shorter text page 1 prints, where it differs from the
 * commentary.
 */
public record Segment(
        @Required String name,
        IndexRef index,
        @Alongside(value = "index", required = true, unless = "series") @Renewed BigDecimal weekChange,
        @Alongside(value = "index", required = true, unless = "series") @Renewed BigDecimal monthToDateChange,
        @Required @Prose @Renewed String commentary,
        @Prose @Renewed String summary,
        List<String> sources,
        @Alongside("index") String series) {

    public Segment {
        sources = sources == null ? List.of() : List.copyOf(sources);
        summary = ContentFields.blankAsNone(summary);
    }

    /** Whether the segment's index moves are printed: it has an index and both moves. */
    public boolean hasMoves() {
        return index != null && weekChange != null && monthToDateChange != null;
    }

    public record IndexRef(@Required String code, @Required String name) {
    }
}
