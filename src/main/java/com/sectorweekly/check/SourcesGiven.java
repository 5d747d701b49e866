package com.sectorweekly.check;

import com.sectorweekly.content.ContentLoader;
import com.sectorweekly.content.Places;
import com.sectorweekly.model.Chapters;
import com.sectorweekly.model.Segment;

import java.util.ArrayList;
import java.util.List;

/** Every table, chart and picture carries a source line, so every one needs at least one source. */
final class SourcesGiven implements Rule {

    @Override
    public List<Finding> check(CheckInput input) {
        Places places = input.week().places();
        List<Finding> findings = new ArrayList<>();
        List<Segment> segments = input.week().week().segments();
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).series() == null) {
                continue; // no chart, no source line
            }
            require(segments.get(i).sources(), "the " + segments.get(i).index().name() + " chart",
                    places, ContentLoader.SEGMENTS_FILE, "/segments/" + i + "/sources", findings);
        }
        if (!input.week().week().sentiment().rows().isEmpty()) {
            require(input.week().week().sentiment().sources(), "the 景气度 table",
                    places, ContentLoader.SEGMENTS_FILE, "/sentiment/sources", findings);
        }
        input.week().week().marketReview().ifPresent(market -> require(market.sources(), "the market tables",
                places, ContentLoader.MARKET_FILE, "/sources", findings));
        OwnChapters.walk(input.week().week().chapters().chapters(), "/chapters", (chapter, at) -> {
            for (int b = 0; b < chapter.blocks().size(); b++) {
                Chapters.Block block = chapter.blocks().get(b);
                String p = at + "/blocks/" + b;
                if (block.table() != null) {
                    require(block.table().sources(), "the table '" + block.table().caption() + "'",
                            places, ContentLoader.CHAPTERS_FILE, p + "/table/sources", findings);
                } else if (block.figure() != null) {
                    require(block.figure().sources(), "the figure '" + block.figure().caption() + "'",
                            places, ContentLoader.CHAPTERS_FILE, p + "/figure/sources", findings);
                } else if (block.chart() != null) {
                    require(block.chart().sources(), "the chart '" + block.chart().caption() + "'",
                            places, ContentLoader.CHAPTERS_FILE, p + "/chart/sources", findings);
                } else if (block.forecast() != null) {
                    require(block.forecast().sources(), "the forecast '" + block.forecast().caption() + "'",
                            places, ContentLoader.CHAPTERS_FILE, p + "/forecast/sources", findings);
                }
            }
        });
        return findings;
    }

    private static void require(List<String> sources, String what, Places places, String file, String pointer,
                                List<Finding> findings) {
        if (sources.isEmpty() || sources.stream().anyMatch(String::isBlank)) {
            findings.add(Finding.error(places.at(file, pointer), what + " needs its sources (来源), e.g. [Wind]"));
        }
    }
}
