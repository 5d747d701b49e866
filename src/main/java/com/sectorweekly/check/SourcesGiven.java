package com.sectorweekly.check;

import com.sectorweekly.content.ContentLoader;
import com.sectorweekly.content.Places;
import com.sectorweekly.model.Segment;

import java.util.ArrayList;
import java.util.List;

/** Every table and chart carries a source line, so every one needs at least one source. */
final class SourcesGiven implements Rule {

    @Override
    public List<Finding> check(CheckInput input) {
        Places places = input.week().places();
        List<Finding> findings = new ArrayList<>();
        List<Segment> segments = input.week().week().segments();
        for (int i = 0; i < segments.size(); i++) {
            require(segments.get(i).sources(), "the " + segments.get(i).index().name() + " chart",
                    places, ContentLoader.SEGMENTS_FILE, "/segments/" + i + "/sources", findings);
        }
        require(input.week().week().sentiment().sources(), "the 景气度 table",
                places, ContentLoader.SEGMENTS_FILE, "/sentiment/sources", findings);
        require(input.week().week().market().sources(), "the market tables",
                places, ContentLoader.MARKET_FILE, "/sources", findings);
        return findings;
    }

    private static void require(List<String> sources, String what, Places places, String file, String pointer,
                                List<Finding> findings) {
        if (sources.isEmpty() || sources.stream().anyMatch(String::isBlank)) {
            findings.add(Finding.error(places.at(file, pointer), what + " needs its sources (来源), e.g. [Wind]"));
        }
    }
}
