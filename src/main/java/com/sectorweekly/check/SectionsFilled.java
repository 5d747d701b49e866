package com.sectorweekly.check;

import com.sectorweekly.content.ContentLoader;
import com.sectorweekly.content.Places;
import com.sectorweekly.model.ContentFields.Placed;
import com.sectorweekly.model.News;
import com.sectorweekly.model.Outline;
import com.sectorweekly.model.Week;

import java.util.ArrayList;
import java.util.List;

/**
 * Lists the loader accepts empty but a report should not print empty: the summary's views (an
 * error), each list of news (a warning: a quiet week may have no company news), and the
 * industries' moves when the week before listed them (a warning: the ranking chart would be left
 * out). A week made by {@code new} starts with all of them empty.
 */
final class SectionsFilled implements Rule {

    @Override
    public List<Finding> check(CheckInput input) {
        Week week = input.week().week();
        Outline outline = input.week().outline();
        Places places = input.week().places();
        Placed<Object> meta = places.root(ContentLoader.META_FILE);
        List<Finding> findings = new ArrayList<>();
        if (outline.holds("views") && week.meta().views().isEmpty()) {
            findings.add(Finding.error(places.at(ContentLoader.META_FILE, meta.at("views")),
                    "views is empty; the summary page needs at least one view"));
        }
        if (outline.holds("investment_advice") && week.meta().investmentAdvice() == null) {
            findings.add(Finding.error(places.at(ContentLoader.META_FILE, ""),
                    "investment_advice is missing; the summary page prints it"));
        }
        if (outline.holds("summary_text") && week.meta().summary().isEmpty()) {
            findings.add(Finding.error(places.at(ContentLoader.META_FILE, meta.at("summary")),
                    "summary is empty; page 1 prints its paragraphs: list them under summary"));
        }
        week.news().lists().forEach((key, items) -> {
            if (outline.holds(News.blockOf(key)) && places.has(ContentLoader.NEWS_FILE) && items.isEmpty()) {
                findings.add(Finding.warning(places.at(ContentLoader.NEWS_FILE, places.root(ContentLoader.NEWS_FILE).at(key)),
                        key + " lists no news; its section is left out of the report"));
            }
        });
        boolean listedBefore = !input.earlier().isEmpty() && input.earlier().get(0).week().marketReview()
                .map(m -> !m.industries().isEmpty()).orElse(false);
        boolean listedNow = week.marketReview().map(m -> !m.industries().isEmpty()).orElse(true);
        if (!listedNow && listedBefore) {
            findings.add(Finding.warning(places.at(ContentLoader.MARKET_FILE, places.root(ContentLoader.MARKET_FILE).at("industries")),
                    "industries is empty although " + input.earlier().get(0).week().meta().week()
                            + " listed them; the ranking chart of all industries will be left out"));
        }
        return findings;
    }
}
