package com.sectorweekly.model;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The week's news: industry news, company news, and big-tech tracking. */
public record News(@Required @Renewed List<Item> industry, @Required @Renewed List<Item> company,
                   @Required @Renewed List<Item> bigTech) {

    private static final String BLOCK_SUFFIX = "_news";

    /** The outline's blocks of the news, one per list: industry_news, company_news, big_tech_news. */
    public static final List<String> BLOCKS = ContentFields.keys(News.class).keySet().stream().map(News::blockOf).toList();

    public News {
        industry = List.copyOf(industry);
        company = List.copyOf(company);
        bigTech = List.copyOf(bigTech);
    }

    /** The lists by their YAML key, in the file's order. */
    public Map<String, List<Item>> lists() {
        Map<String, List<Item>> lists = new LinkedHashMap<>();
        lists.put("industry", industry);
        lists.put("company", company);
        lists.put("big_tech", bigTech);
        return lists;
    }

    /** The outline's block that prints a list, by the list's key: industry → industry_news. */
    public static String blockOf(String key) {
        return key + BLOCK_SUFFIX;
    }

    /** The list an outline's news block prints: industry_news is the industry list. */
    public List<Item> listOf(String block) {
        return lists().get(block.substring(0, block.length() - BLOCK_SUFFIX.length()));
    }

    /** One news item; {@code company} is empty for industry news; date and source are printed where given. */
    public record Item(String company, LocalDate date, String source, @Required @Prose String text) {
        public Item {
            source = ContentFields.blankAsNone(source);
        }
    }
}
