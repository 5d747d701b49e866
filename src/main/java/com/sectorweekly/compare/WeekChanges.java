package com.sectorweekly.compare;

import java.math.BigDecimal;
import java.util.List;

/**
 * What changed from one week to another, as an analyst or a reviewer reads it: the rating, the
 * texts (headline, views, investment advice, the segments' commentary), the 景气度 levels, the
 * index moves, the market, the KPIs and the news. Rows that did not change are left out of the
 * lists but counted.
 */
public record WeekChanges(
        String from,
        String to,
        String ratingBefore,
        String ratingAfter,
        List<TextChange> texts,
        List<LevelChange> sentiment,
        int sentimentUnchanged,
        List<IndexChange> indices,
        Figure sectorChange,
        Figure rank,
        List<KpiChange> kpis,
        int kpisUnchanged,
        List<NewsChange> news) {

    public WeekChanges {
        texts = List.copyOf(texts);
        sentiment = List.copyOf(sentiment);
        indices = List.copyOf(indices);
        kpis = List.copyOf(kpis);
        news = List.copyOf(news);
    }

    public boolean ratingChanged() {
        return !ratingBefore.equals(ratingAfter);
    }

    /** How many KPIs moved this way: changed, added or dropped. */
    public long kpis(Direction direction) {
        return kpis.stream().filter(k -> k.direction() == direction).count();
    }

    /** How many news items were added, or dropped. */
    public long news(Direction direction) {
        return news.stream().filter(n -> n.direction() == direction).count();
    }

    /** How a row moved between the weeks. */
    public enum Direction {
        UP("↑"), DOWN("↓"), CHANGED("~"), ADDED("+"), DROPPED("-");

        private final String mark;

        Direction(String mark) {
            this.mark = mark;
        }

        public String mark() {
            return mark;
        }
    }

    /** A number in both weeks; either may be null where the row is new or dropped. */
    public record Figure(BigDecimal before, BigDecimal after) {
        public BigDecimal delta() {
            return before == null || after == null ? null : after.subtract(before);
        }
    }

    /**
     * A text that changed, named by a label of the desk's wording ({@code diff.commentary}) and what
     * it is of (a segment, a view's number), shown as the pieces that make the old into the new.
     */
    public record TextChange(String label, String of, List<Piece> pieces) {
        public TextChange {
            pieces = List.copyOf(pieces);
        }
    }

    /** A run of text kept, removed or added. */
    public record Piece(Kind kind, String text) {
        public enum Kind { SAME, REMOVED, ADDED }
    }

    /** A 景气度 board whose level moved along the desk's scale, or that was added or dropped. */
    public record LevelChange(String board, String before, String after, Direction direction) {
    }

    /** A segment's index: its week and month-to-date moves in percent in each week. */
    public record IndexChange(String segment, String code, Figure week, Figure monthToDate, Direction direction) {
    }

    /** A KPI, formatted with its unit as the report prints it, before and after. */
    public record KpiChange(String id, String name, String before, String after, Direction direction) {
    }

    /** A news item that is new this week or was in the earlier week only. */
    public record NewsChange(String section, String company, String date, String source, String text, Direction direction) {

        /** The item's date, source and company, those it gives. */
        public List<String> details() {
            return java.util.stream.Stream.of(date, source, company).filter(d -> d != null && !d.isBlank()).toList();
        }
    }
}
