package com.sectorweekly.check;

import com.sectorweekly.content.ContentLoader;
import com.sectorweekly.content.Location;
import com.sectorweekly.model.IndexCloses;
import com.sectorweekly.model.MarketReview;
import com.sectorweekly.model.PriceSeries;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Page 1's performance chart shows this week: every index of its file has two closes at least up
 * to the report date, the sector's reaches into the week, and the sector's move over the week
 * is the one the market review writes.
 */
final class PerformanceAgrees implements Rule {

    @Override
    public List<Finding> check(CheckInput input) {
        Optional<IndexCloses> found = input.week().week().performanceCloses();
        MarketReview market = input.week().week().market();
        if (found.isEmpty() || market == null || input.week().week().period() == null) {
            return List.of();
        }
        IndexCloses closes = found.get();
        LocalDate reportDate = input.week().week().meta().reportDate();
        LocalDate monday = input.week().week().period().start();
        Location file = input.week().places().at(ContentLoader.MARKET_FILE, "/performance/csv");
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < closes.indices().size(); i++) {
            long upToReport = closes.indices().get(i).closes().stream().filter(c -> !c.date().isAfter(reportDate)).count();
            if (upToReport < 2) {
                findings.add(Finding.error(file, closes.file() + " has " + upToReport + " close" + (upToReport == 1 ? "" : "s")
                        + " of " + closes.names().get(i) + " up to the report date (" + reportDate + "); a line needs two at least"));
            }
        }
        if (!findings.isEmpty()) {
            return findings;
        }
        PriceSeries sector = closes.sector();
        PriceSeries.Close last = sector.onOrBefore(reportDate).orElseThrow();
        Optional<PriceSeries.Close> weekBase = sector.onOrBefore(monday.minusDays(1));
        if (last.date().isBefore(monday)) {
            findings.add(Finding.error(file, closes.file() + " ends on " + last.date() + ", before this week began ("
                    + monday + "); add this week's closes of " + closes.names().get(0)));
        } else if (weekBase.isPresent()) {
            BigDecimal move = PriceSeries.move(weekBase.get(), last);
            if (move.compareTo(market.sectorChange()) != 0) {
                findings.add(Finding.error(input.week().places().at(ContentLoader.MARKET_FILE, "/sector_change"),
                        SeriesAgreesWithMoves.disagreement(market.sectorChange(), closes.file() + " gives " + closes.names().get(0),
                                move, "this week", weekBase.get(), last)));
            }
        }
        return findings;
    }
}
