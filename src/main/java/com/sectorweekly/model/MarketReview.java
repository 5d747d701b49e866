package com.sectorweekly.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The week's market review (本周行情): the sector's move, its rank, and the top movers;
 * optionally the week's move of every industry of the classification, which the rank is read from,
 * and the sector index's closes beside a benchmark's, for page 1's chart of the last 12 months.
 */
public record MarketReview(
        @Required LocalDate from,
        @Required LocalDate to,
        @Required String classification,
        @Required String universe,
        @Required @Renewed BigDecimal sectorChange,
        @Required @Renewed int rank,
        @Required int industryCount,
        @Required @Renewed List<StockMove> gainers,
        @Required @Renewed List<StockMove> losers,
        @Required List<String> sources,
        List<IndustryMove> industries,
        Performance performance) {

    public MarketReview {
        gainers = List.copyOf(gainers);
        losers = List.copyOf(losers);
        sources = List.copyOf(sources);
        industries = industries == null ? List.of() : List.copyOf(industries);
    }

    /** One industry's move of the week, in percent. */
    public record IndustryMove(@Required String name, @Required @Renewed BigDecimal change) {

        /** Whether this is the named industry (the desk's sector), as written give or take spaces. */
        public boolean is(String industry) {
            return name.strip().equals(industry);
        }
    }

    /**
     * 市场表现: a CSV file of closes (a date, then the sector's index, then its benchmarks such as
     * 沪深300), drawn on page 1 as cumulative returns over the 12 months to the report date.
     */
    public record Performance(@Required String csv, @Required List<String> sources) {
        public Performance {
            sources = List.copyOf(sources);
        }
    }

    public record StockMove(@Required String name, @Required String code, @Required BigDecimal change) {
    }
}
