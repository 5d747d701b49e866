package com.sectorweekly.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A sub-sector the desk follows (细分赛道), tracked through one index. Moves are in percent;
 * {@code series} optionally names a CSV file of the index's daily closes (date,close).
 */
public record Segment(
        @Required String name,
        @Required IndexRef index,
        @Required BigDecimal weekChange,
        @Required BigDecimal monthToDateChange,
        @Required String commentary,
        @Required List<String> sources,
        String series) {

    public Segment {
        sources = List.copyOf(sources);
    }

    public record IndexRef(@Required String code, @Required String name) {
    }
}
