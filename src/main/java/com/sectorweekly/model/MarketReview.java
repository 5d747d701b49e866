package com.sectorweekly.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The week's market review (本周行情): the sector's move, its rank, and the top movers. */
public record MarketReview(
        @Required LocalDate from,
        @Required LocalDate to,
        @Required String classification,
        @Required String universe,
        @Required BigDecimal sectorChange,
        @Required int rank,
        @Required int industryCount,
        @Required List<StockMove> gainers,
        @Required List<StockMove> losers,
        @Required List<String> sources) {

    public MarketReview {
        gainers = List.copyOf(gainers);
        losers = List.copyOf(losers);
        sources = List.copyOf(sources);
    }

    public record StockMove(@Required String name, @Required String code, @Required BigDecimal change) {
    }
}
