package com.sectorweekly.check;

import com.sectorweekly.content.ContentLoader;
import com.sectorweekly.content.Location;
import com.sectorweekly.content.Places;
import com.sectorweekly.model.ContentFields.Placed;
import com.sectorweekly.model.MarketReview;
import com.sectorweekly.model.News;
import com.sectorweekly.model.Registry;
import com.sectorweekly.model.Segment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Company and index names against {@code registry.yaml}: a name the registry does not know is a
 * warning naming the nearest known one, which catches misspellings such as "Mircosoft".
 */
final class KnownNames implements Rule {

    @Override
    public List<Finding> check(CheckInput input) {
        if (input.week().optionalRegistry().isEmpty()) {
            return List.of(Finding.warning(Location.ofFile(ContentLoader.REGISTRY_FILE),
                    "not found beside desk.yaml; company and index names are not checked"));
        }
        Registry registry = input.week().registry();
        Places places = input.week().places();
        Map<String, Registry.Company> companies = registry.companiesByName();
        List<Finding> findings = new ArrayList<>();
        checkCompanies(places.find(ContentLoader.NEWS_FILE, News.Item.class), companies, places, findings);
        checkMovers(places.find(ContentLoader.MARKET_FILE, MarketReview.StockMove.class), companies, places, findings);

        Map<String, String> indexNames = new LinkedHashMap<>();
        registry.indices().forEach(index -> indexNames.put(index.code(), index.name()));
        for (Placed<Segment.IndexRef> placed : places.find(ContentLoader.SEGMENTS_FILE, Segment.IndexRef.class)) {
            Segment.IndexRef index = placed.value();
            String known = indexNames.get(index.code());
            if (known == null) {
                findings.add(Finding.warning(places.at(ContentLoader.SEGMENTS_FILE, placed.at("code")), "index code '"
                        + index.code() + "' is not in registry.yaml" + suggestion(index.code(), indexNames.keySet())));
            } else if (!known.equals(index.name())) {
                findings.add(Finding.warning(places.at(ContentLoader.SEGMENTS_FILE, placed.at("name")), "index " + index.code()
                        + " is named '" + index.name() + "' here but '" + known + "' in registry.yaml"));
            }
        }
        return findings;
    }

    private static void checkCompanies(List<Placed<News.Item>> items, Map<String, Registry.Company> companies,
                                       Places places, List<Finding> findings) {
        for (Placed<News.Item> item : items) {
            String name = item.value().company();
            if (name != null && !companies.containsKey(name.strip())) {
                findings.add(Finding.warning(places.at(ContentLoader.NEWS_FILE, item.at("company")),
                        "unknown company '" + name + "'" + suggestion(name, companies.keySet())));
            }
        }
    }

    private static void checkMovers(List<Placed<MarketReview.StockMove>> moves, Map<String, Registry.Company> companies,
                                    Places places, List<Finding> findings) {
        for (Placed<MarketReview.StockMove> placed : moves) {
            MarketReview.StockMove move = placed.value();
            Registry.Company company = companies.get(move.name());
            if (company == null) {
                findings.add(Finding.warning(places.at(ContentLoader.MARKET_FILE, placed.at("name")),
                        "unknown company '" + move.name() + "'" + suggestion(move.name(), companies.keySet())));
            } else if (company.code() != null && !company.code().equals(move.code())) {
                findings.add(Finding.warning(places.at(ContentLoader.MARKET_FILE, placed.at("code")), move.name()
                        + " is " + company.code() + " in registry.yaml, not " + move.code()));
            }
        }
    }

    private static String suggestion(String name, java.util.Collection<String> known) {
        return Names.nearest(name, known).map(n -> "; did you mean '" + n + "'?").orElse("; add it to registry.yaml");
    }
}
