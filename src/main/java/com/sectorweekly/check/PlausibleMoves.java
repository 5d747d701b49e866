package com.sectorweekly.check;

import com.sectorweekly.content.ContentLoader;
import com.sectorweekly.content.Location;
import com.sectorweekly.content.Places;
import com.sectorweekly.format.Numbers;
import com.sectorweekly.model.ContentFields.Placed;
import com.sectorweekly.model.Desk;
import com.sectorweekly.model.MarketReview;
import com.sectorweekly.model.Segment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves within the desk's plausible bounds: a weekly index move of 243% is far more likely a
 * misplaced decimal point than news. A warning, since a real extreme week must still publish.
 */
final class PlausibleMoves implements Rule {

    @Override
    public List<Finding> check(CheckInput input) {
        Desk.Checks limits = input.week().desk().checks();
        Places places = input.week().places();
        List<Finding> findings = new ArrayList<>();
        for (Placed<Segment> placed : places.find(ContentLoader.SEGMENTS_FILE, Segment.class)) {
            Segment s = placed.value();
            if (!s.hasMoves()) {
                continue;
            }
            bound(s.weekChange(), limits.maxIndexWeeklyMove(), s.index().name() + " this week",
                    places.at(ContentLoader.SEGMENTS_FILE, placed.at("week_change")), findings);
            bound(s.monthToDateChange(), limits.maxIndexMonthMove(), s.index().name() + " month to date",
                    places.at(ContentLoader.SEGMENTS_FILE, placed.at("month_to_date_change")), findings);
        }
        for (Placed<MarketReview> market : places.find(ContentLoader.MARKET_FILE, MarketReview.class)) {
            bound(market.value().sectorChange(), limits.maxIndexWeeklyMove(), "the sector this week",
                    places.at(ContentLoader.MARKET_FILE, market.at("sector_change")), findings);
        }
        for (Placed<MarketReview.StockMove> move : places.find(ContentLoader.MARKET_FILE, MarketReview.StockMove.class)) {
            bound(move.value().change(), limits.maxStockWeeklyMove(), move.value().name() + " this week",
                    places.at(ContentLoader.MARKET_FILE, move.at("change")), findings);
        }
        return findings;
    }

    private static void bound(BigDecimal move, double limit, String what, Location where, List<Finding> findings) {
        if (Math.abs(move.doubleValue()) > limit) {
            findings.add(Finding.warning(where, what + " moved " + Numbers.move(move)
                    + ", beyond the desk's plausible ±" + BigDecimal.valueOf(limit).stripTrailingZeros().toPlainString()
                    + "%; moves are written in percent (2.43 for +2.43%)"));
        }
    }
}
