package com.sectorweekly.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The week's market review (本周行情): the sector's move, its rank, and the top movers;
 * optionally the week's move of every industry of the classification, which the rank is read from.
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
        List<IndustryMove> industries) {

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

    public record StockMove(@Required String name, @Required String code, @Required BigDecimal change) {
    }
}
