package com.sectorweekly.check;

import com.sectorweekly.content.ContentLoader;
import com.sectorweekly.content.Location;
import com.sectorweekly.content.Places;
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
        Map<String, Registry.Company> companies = new LinkedHashMap<>();
        for (Registry.Company company : registry.companies()) {
            companies.put(company.name(), company);
            company.aliases().forEach(alias -> companies.put(alias, company));
        }
        List<Finding> findings = new ArrayList<>();
        News news = input.week().week().news();
        news.lists().forEach((key, items) -> checkCompanies(items, "/" + key + "/", companies, places, findings));

        input.week().week().marketReview().ifPresent(market -> {
            checkMovers(market.gainers(), "/gainers/", companies, places, findings);
            checkMovers(market.losers(), "/losers/", companies, places, findings);
        });

        Map<String, String> indexNames = new LinkedHashMap<>();
        registry.indices().forEach(index -> indexNames.put(index.code(), index.name()));
        List<Segment> segments = input.week().week().segments();
        for (int i = 0; i < segments.size(); i++) {
            Segment.IndexRef index = segments.get(i).index();
            if (index == null) {
                continue;
            }
            String known = indexNames.get(index.code());
            String at = "/segments/" + i + "/index";
            if (known == null) {
                findings.add(Finding.warning(places.at(ContentLoader.SEGMENTS_FILE, at + "/code"), "index code '"
                        + index.code() + "' is not in registry.yaml" + suggestion(index.code(), indexNames.keySet())));
            } else if (!known.equals(index.name())) {
                findings.add(Finding.warning(places.at(ContentLoader.SEGMENTS_FILE, at + "/name"), "index " + index.code()
                        + " is named '" + index.name() + "' here but '" + known + "' in registry.yaml"));
            }
        }
        return findings;
    }

    private static void checkCompanies(List<News.Item> items, String list, Map<String, Registry.Company> companies,
                                       Places places, List<Finding> findings) {
        for (int i = 0; i < items.size(); i++) {
            String name = items.get(i).company();
            if (name != null && !companies.containsKey(name.strip())) {
                findings.add(Finding.warning(places.at(ContentLoader.NEWS_FILE, list + i + "/company"),
                        "unknown company '" + name + "'" + suggestion(name, companies.keySet())));
            }
        }
    }

    private static void checkMovers(List<MarketReview.StockMove> moves, String list, Map<String, Registry.Company> companies,
                                    Places places, List<Finding> findings) {
        for (int i = 0; i < moves.size(); i++) {
            MarketReview.StockMove move = moves.get(i);
            Registry.Company company = companies.get(move.name());
            if (company == null) {
                findings.add(Finding.warning(places.at(ContentLoader.MARKET_FILE, list + i + "/name"),
                        "unknown company '" + move.name() + "'" + suggestion(move.name(), companies.keySet())));
            } else if (company.code() != null && !company.code().equals(move.code())) {
                findings.add(Finding.warning(places.at(ContentLoader.MARKET_FILE, list + i + "/code"), move.name()
                        + " is " + company.code() + " in registry.yaml, not " + move.code()));
            }
        }
    }

    private static String suggestion(String name, java.util.Collection<String> known) {
        return Names.nearest(name, known).map(n -> "; did you mean '" + n + "'?").orElse("; add it to registry.yaml");
    }
}
