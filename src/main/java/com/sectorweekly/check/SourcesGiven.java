package com.sectorweekly.check;

import com.sectorweekly.content.ContentLoader;
import com.sectorweekly.content.Location;
import com.sectorweekly.content.Places;
import com.sectorweekly.model.Chapters;
import com.sectorweekly.model.ContentFields.Placed;
import com.sectorweekly.model.MarketReview;
import com.sectorweekly.model.Segment;
import com.sectorweekly.model.SentimentTable;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Every table, chart and picture carries a source line, so every one needs at least one source. */
final class SourcesGiven implements Rule {

    @Override
    public List<Finding> check(CheckInput input) {
        Places places = input.week().places();
        List<Finding> findings = new ArrayList<>();
        for (Placed<Segment> segment : places.find(ContentLoader.SEGMENTS_FILE, Segment.class)) {
            if (segment.value().series() != null) { // no chart, no source line
                require(segment.value().sources(), "the " + segment.value().index().name() + " chart",
                        places.at(ContentLoader.SEGMENTS_FILE, segment.at("sources")), findings);
            }
        }
        for (Placed<SentimentTable> sentiment : places.find(ContentLoader.SEGMENTS_FILE, SentimentTable.class)) {
            if (!sentiment.value().rows().isEmpty()) {
                require(sentiment.value().sources(), "the 景气度 table",
                        places.at(ContentLoader.SEGMENTS_FILE, sentiment.at("sources")), findings);
            }
        }
        for (Placed<MarketReview> market : places.find(ContentLoader.MARKET_FILE, MarketReview.class)) {
            require(market.value().sources(), "the market tables", places.at(ContentLoader.MARKET_FILE, market.at("sources")), findings);
        }
        captioned(places, Chapters.Table.class, "table", Chapters.Table::caption, Chapters.Table::sources, findings);
        captioned(places, Chapters.Picture.class, "figure", Chapters.Picture::caption, Chapters.Picture::sources, findings);
        captioned(places, Chapters.ChartData.class, "chart", Chapters.ChartData::caption, Chapters.ChartData::sources, findings);
        captioned(places, Chapters.Forecast.class, "forecast", Chapters.Forecast::caption, Chapters.Forecast::sources, findings);
        return findings;
    }

    /** The sources of each block of a kind in the report's own chapters, named by its caption. */
    private static <T> void captioned(Places places, Class<T> type, String what, Function<T, String> caption,
                                      Function<T, List<String>> sources, List<Finding> findings) {
        for (Placed<T> block : places.find(ContentLoader.CHAPTERS_FILE, type)) {
            require(sources.apply(block.value()), "the " + what + " '" + caption.apply(block.value()) + "'",
                    places.at(ContentLoader.CHAPTERS_FILE, block.at("sources")), findings);
        }
    }

    private static void require(List<String> sources, String what, Location where, List<Finding> findings) {
        if (sources.isEmpty() || sources.stream().anyMatch(String::isBlank)) {
            findings.add(Finding.error(where, what + " needs its sources (来源), e.g. [Wind]"));
        }
    }
}
