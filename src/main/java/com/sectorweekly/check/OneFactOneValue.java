package com.sectorweekly.check;

import com.sectorweekly.content.ContentLoader;
import com.sectorweekly.content.Location;
import com.sectorweekly.content.Places;
import com.sectorweekly.model.ContentFields.Placed;
import com.sectorweekly.model.News;
import com.sectorweekly.model.Registry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One fact typed twice with two values and no KPI behind it: a company's measure ("资本开支 230 亿美元"
 * in a view, "资本开支 240 亿美元" in its news) stated in two places of one report. The company is the
 * one a text is about (a news item's company, or the first the text names from the registry); the
 * measure is a word of {@link #MEASURES} in the same clause as the figure, in the same unit.
 */
final class OneFactOneValue implements Rule {

    private static final String MEASURES = "资本开支|在手订单|订单|营收|收入|净利润|利润|估值|融资|出货量|市值|调用量";
    private static final Pattern FIGURE = Pattern.compile("(" + MEASURES + ")[^，。；：\\d{}]{0,10}?(\\d+(?:\\.\\d+)?)\\s*"
            + "(亿美元|万美元|亿港元|亿元|万元|美元|元|%|亿|万)");

    private record Stated(String file, String pointer, String words, BigDecimal value) {
    }

    @Override
    public List<Finding> check(CheckInput input) {
        if (input.week().optionalRegistry().isEmpty()) {
            return List.of();
        }
        Places places = input.week().places();
        Map<String, String> companies = names(input.week().registry());
        Map<String, String> newsCompanies = new HashMap<>();
        for (Placed<News.Item> item : places.find(ContentLoader.NEWS_FILE, News.Item.class)) {
            if (item.value().company() != null) {
                String named = item.value().company().strip();
                newsCompanies.put(item.at("text"), companies.getOrDefault(named, named));
            }
        }
        Map<String, List<Stated>> facts = new LinkedHashMap<>();
        for (ProseFields.Field field : ProseFields.of(input.week())) {
            String company = ContentLoader.NEWS_FILE.equals(field.file()) && newsCompanies.containsKey(field.pointer())
                    ? newsCompanies.get(field.pointer()) : firstNamed(field.text(), companies).orElse(null);
            if (company == null) {
                continue;
            }
            Matcher m = FIGURE.matcher(field.text());
            while (m.find()) {
                facts.computeIfAbsent(company + "|" + m.group(1) + "|" + m.group(3), k -> new ArrayList<>())
                        .add(new Stated(field.file(), field.pointer(), m.group(), new BigDecimal(m.group(2))));
            }
        }
        List<Finding> findings = new ArrayList<>();
        facts.forEach((fact, stated) -> {
            if (partAndWhole(stated)) {
                return;
            }
            Stated first = stated.get(0);
            Location there = places.at(first.file(), first.pointer(), first.words());
            for (Stated other : stated.subList(1, stated.size())) {
                if (other.value().compareTo(first.value()) != 0) {
                    findings.add(Finding.warning(places.at(other.file(), other.pointer(), other.words()),
                            "'" + other.words() + "' for " + fact.substring(0, fact.indexOf('|')) + ", but '" + first.words()
                                    + "' in " + there.file() + (there.line() > 0 ? ":" + there.line() : "") + "; one fact, one value"));
                }
            }
        });
        return findings;
    }

    /**
     * Whether one text gives the measure two values itself (芯片业务收入 150 亿美元，总收入 250 亿美元):
     * a part and its whole, which the words around the measure tell apart and this rule cannot.
     */
    private static boolean partAndWhole(List<Stated> stated) {
        for (int i = 0; i < stated.size(); i++) {
            for (int j = i + 1; j < stated.size(); j++) {
                Stated a = stated.get(i);
                Stated b = stated.get(j);
                if (a.file().equals(b.file()) && a.pointer().equals(b.pointer()) && a.value().compareTo(b.value()) != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every name and alias of the registry's companies (of two characters or more, to be found in text), each to the company's name. */
    private static Map<String, String> names(Registry registry) {
        Map<String, String> names = new LinkedHashMap<>();
        registry.companiesByName().forEach((name, company) -> {
            if (name.length() >= 2) {
                names.put(name, company.name());
            }
        });
        return names;
    }

    /** The company whose name or alias comes first in the text. */
    private static Optional<String> firstNamed(String text, Map<String, String> names) {
        String found = null;
        int at = Integer.MAX_VALUE;
        for (Map.Entry<String, String> name : names.entrySet()) {
            int i = text.indexOf(name.getKey());
            if (i >= 0 && i < at) {
                at = i;
                found = name.getValue();
            }
        }
        return Optional.ofNullable(found);
    }
}
