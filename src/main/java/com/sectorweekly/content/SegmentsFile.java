package com.sectorweekly.content;

import com.sectorweekly.model.Required;
import com.sectorweekly.model.Segment;
import com.sectorweekly.model.SentimentTable;

import java.util.List;

/** The shape of {@code segments.yaml}: the segment views and the 景气度 table. */
public record SegmentsFile(@Required List<Segment> segments, @Required SentimentTable sentiment) {
}
