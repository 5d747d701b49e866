package com.sectorweekly.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What a chart shows, independent of how a format draws it: the data points and their labels. */
public sealed interface Chart permits Chart.Trend, Chart.Ranking, Chart.History {

    /** Whether the chart spans the text width; narrow charts are set two to a row. */
    boolean wide();

    /** An index's closes over time as one line, with the report's week shaded. */
    record Trend(String series, List<Point> points, LocalDate weekStart, LocalDate weekEnd) implements Chart {
        public Trend {
            points = List.copyOf(points);
        }

        @Override
        public boolean wide() {
            return true;
        }

        public record Point(LocalDate date, BigDecimal value) {
        }
    }

    /** Horizontal bars, highest at the top, labelled with their values in percent. */
    record Ranking(List<Bar> bars) implements Chart {
        public Ranking {
            bars = List.copyOf(bars);
        }

        @Override
        public boolean wide() {
            return true;
        }

        public record Bar(String label, BigDecimal value, Tone tone) {
        }
    }

    /** How a bar is coloured: a plain bar, the desk's own sector, or a rise or fall. */
    enum Tone { PLAIN, HIGHLIGHT, RISE, FALL }

    /**
     * A KPI's values per period as bars, and, where known, its year-on-year change as a line on
     * a second axis. {@code yoyLegend} is null when there is no change to draw.
     */
    record History(String valueLegend, String yoyLegend, List<Period> periods) implements Chart {
        public History {
            periods = List.copyOf(periods);
        }

        @Override
        public boolean wide() {
            return false;
        }

        public record Period(String label, BigDecimal value, BigDecimal yoy) {
        }
    }
}
