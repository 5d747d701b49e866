package com.sectorweekly.check;

import com.sectorweekly.content.ContentLoader;
import com.sectorweekly.content.Places;
import com.sectorweekly.format.Numbers;
import com.sectorweekly.model.ContentFields.Placed;
import com.sectorweekly.model.MarketReview;
import com.sectorweekly.model.MarketReview.IndustryMove;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the week lists every industry's move (for the ranking chart), the list and the prose
 * agree: it holds industry_count industries once each, among them the desk's sector with the
 * sector's move, at the rank the review states.
 */
final class IndustryRanking implements Rule {

    @Override
    public List<Finding> check(CheckInput input) {
        MarketReview market = input.week().week().market();
        if (market == null) {
            return List.of();
        }
        List<IndustryMove> industries = market.industries();
        if (industries.isEmpty()) {
            return List.of();
        }
        Places places = input.week().places();
        Placed<Object> file = places.root(ContentLoader.MARKET_FILE);
        String sector = input.week().desk().sector().name();
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int ours = -1;
        for (int i = 0; i < industries.size(); i++) {
            String name = industries.get(i).name().strip();
            if (!seen.add(name)) {
                findings.add(Finding.error(places.at(ContentLoader.MARKET_FILE, file.item("industries", i).at("name")),
                        "industry '" + name + "' is listed twice"));
            }
            if (industries.get(i).is(sector)) {
                ours = i;
            }
        }
        if (industries.size() != market.industryCount()) {
            findings.add(Finding.error(places.at(ContentLoader.MARKET_FILE, file.at("industry_count")), "industry_count is "
                    + market.industryCount() + ", but industries lists " + industries.size()));
        }
        if (ours < 0) {
            findings.add(Finding.error(places.at(ContentLoader.MARKET_FILE, file.at("industries")), "industries does not list '"
                    + sector + "', the desk's sector (sector.name in desk.yaml)"));
            return findings;
        }
        IndustryMove own = industries.get(ours);
        if (own.change().compareTo(market.sectorChange()) != 0) {
            findings.add(Finding.error(places.at(ContentLoader.MARKET_FILE, file.item("industries", ours).at("change")),
                    sector + " moved " + Numbers.move(own.change()) + " here, but sector_change says "
                            + Numbers.move(market.sectorChange())));
        }
        long ahead = industries.stream().filter(m -> m.change().compareTo(own.change()) > 0).count();
        int rank = (int) ahead + 1;
        boolean rankInRange = market.rank() >= 1 && market.rank() <= industries.size(); // else MarketMovers says so
        if (rankInRange && rank != market.rank()) {
            findings.add(Finding.error(places.at(ContentLoader.MARKET_FILE, file.at("rank")), "rank is " + market.rank()
                    + ", but by the industries' moves " + sector + " (" + Numbers.move(own.change()) + ") ranks "
                    + rank + " of " + industries.size()));
        }
        return findings;
    }
}
