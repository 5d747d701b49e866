package com.sectorweekly.check;

import com.sectorweekly.content.ContentLoader;
import com.sectorweekly.content.Places;
import com.sectorweekly.format.Numbers;
import com.sectorweekly.model.ContentFields.Placed;
import com.sectorweekly.model.Desk;
import com.sectorweekly.model.MarketReview;
import com.sectorweekly.model.MarketReview.StockMove;

import java.util.ArrayList;
import java.util.List;

/**
 * The market review adds up: the rank lies within the industries, the desk's number of gainers
 * and losers is listed, each list runs from the highest move down, and every gainer is above
 * every loser.
 */
final class MarketMovers implements Rule {

    @Override
    public List<Finding> check(CheckInput input) {
        MarketReview market = input.week().week().market();
        if (market == null) {
            return List.of();
        }
        Desk.Checks limits = input.week().desk().checks();
        Places places = input.week().places();
        Placed<Object> file = places.root(ContentLoader.MARKET_FILE);
        List<Finding> findings = new ArrayList<>();
        if (market.industryCount() < 1) {
            findings.add(Finding.error(places.at(ContentLoader.MARKET_FILE, file.at("industry_count")),
                    "industry_count must be at least 1, not " + market.industryCount()));
        } else if (market.rank() < 1 || market.rank() > market.industryCount()) {
            findings.add(Finding.error(places.at(ContentLoader.MARKET_FILE, file.at("rank")), "rank " + market.rank()
                    + " is outside 1.." + market.industryCount() + " (industry_count)"));
        }
        checkList(market.gainers(), file, "gainers", limits.movers(), places, findings);
        checkList(market.losers(), file, "losers", limits.movers(), places, findings);
        checkOrder(market.gainers(), file, "gainers", true, "gainers run from the highest move down", places, findings);
        // Losers are read biggest fall first (跌幅前五) or listed as the gainers are; the desk may pin one.
        String losersOrder = limits.losersOrder();
        boolean highestFirst = losersOrder == null ? isHighestFirst(market.losers())
                : losersOrder.equals(Desk.Checks.SMALLEST_FALL_FIRST);
        String pinned = losersOrder == null ? "" : " (checks.losers_order in desk.yaml)";
        checkOrder(market.losers(), file, "losers", highestFirst, (highestFirst
                ? "losers run from the smallest fall to the biggest" : "losers run from the biggest fall to the smallest") + pinned,
                places, findings);
        if (!market.gainers().isEmpty()) {
            StockMove lowestGainer = market.gainers().stream().min((a, b) -> a.change().compareTo(b.change())).orElseThrow();
            for (int i = 0; i < market.losers().size(); i++) {
                StockMove loser = market.losers().get(i);
                if (loser.change().compareTo(lowestGainer.change()) >= 0) {
                    findings.add(Finding.error(places.at(ContentLoader.MARKET_FILE, file.item("losers", i).at("change")),
                            loser.name() + " " + Numbers.move(loser.change()) + " is listed as a loser but is not below "
                                    + lowestGainer.name() + " " + Numbers.move(lowestGainer.change()) + " among the gainers"));
                }
            }
        }
        return findings;
    }

    private static void checkList(List<StockMove> moves, Placed<Object> file, String list, int expected, Places places, List<Finding> findings) {
        if (moves.size() != expected) {
            findings.add(Finding.error(places.at(ContentLoader.MARKET_FILE, file.at(list)), list + " lists "
                    + moves.size() + " companies; the desk lists " + expected + " (checks.movers in desk.yaml)"));
        }
    }

    /** Whether a list, as far as its first two different moves tell, runs from the highest down. */
    private static boolean isHighestFirst(List<StockMove> moves) {
        for (int i = 1; i < moves.size(); i++) {
            int order = moves.get(i).change().compareTo(moves.get(i - 1).change());
            if (order != 0) {
                return order < 0;
            }
        }
        return true;
    }

    private static void checkOrder(List<StockMove> moves, Placed<Object> file, String list, boolean highestFirst, String rule,
                                   Places places, List<Finding> findings) {
        for (int i = 1; i < moves.size(); i++) {
            int order = moves.get(i).change().compareTo(moves.get(i - 1).change());
            if (highestFirst ? order > 0 : order < 0) {
                findings.add(Finding.error(places.at(ContentLoader.MARKET_FILE, file.item(list, i).at("change")),
                        rule + ": " + moves.get(i).name() + " " + Numbers.move(moves.get(i).change()) + " comes after "
                                + moves.get(i - 1).name() + " " + Numbers.move(moves.get(i - 1).change())));
            }
        }
    }
}
