package com.sectorweekly.check;

import com.sectorweekly.content.ContentLoader;
import com.sectorweekly.content.Places;
import com.sectorweekly.format.Numbers;
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
        List<Segment> segments = input.week().week().segments();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (!s.hasMoves()) {
                continue;
            }
            bound(s.weekChange(), limits.maxIndexWeeklyMove(), s.index().name() + " this week",
                    places, ContentLoader.SEGMENTS_FILE, "/segments/" + i + "/week_change", findings);
            bound(s.monthToDateChange(), limits.maxIndexMonthMove(), s.index().name() + " month to date",
                    places, ContentLoader.SEGMENTS_FILE, "/segments/" + i + "/month_to_date_change", findings);
        }
        MarketReview market = input.week().week().market();
        if (market == null) {
            return findings;
        }
        bound(market.sectorChange(), limits.maxIndexWeeklyMove(), "the sector this week",
                places, ContentLoader.MARKET_FILE, "/sector_change", findings);
        for (String list : List.of("gainers", "losers")) {
            List<MarketReview.StockMove> moves = list.equals("gainers") ? market.gainers() : market.losers();
            for (int i = 0; i < moves.size(); i++) {
                bound(moves.get(i).change(), limits.maxStockWeeklyMove(), moves.get(i).name() + " this week",
                        places, ContentLoader.MARKET_FILE, "/" + list + "/" + i + "/change", findings);
            }
        }
        return findings;
    }

    private static void bound(BigDecimal move, double limit, String what, Places places, String file, String pointer,
                              List<Finding> findings) {
        if (Math.abs(move.doubleValue()) > limit) {
            findings.add(Finding.warning(places.at(file, pointer), what + " moved " + Numbers.move(move)
                    + ", beyond the desk's plausible ±" + BigDecimal.valueOf(limit).stripTrailingZeros().toPlainString()
                    + "%; moves are written in percent (2.43 for +2.43%)"));
        }
    }
}
