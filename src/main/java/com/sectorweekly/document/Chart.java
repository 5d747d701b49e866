package com.sectorweekly.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What a chart shows, independent of how a format draws it: the data points and their labels. */
public sealed interface Chart permits Chart.Trend, Chart.Lines, Chart.Ranking, Chart.History, Chart.Bars, Chart.Pie {

    /** Whether the chart spans the text width; narrow charts are set two to a row. */
    boolean wide();

    /** The chart drawn to span the text width, for a narrow one that has no partner in its row. */
    Chart widened();

    /** An index's closes over time as one line, with the report's week shaded. */
    record Trend(String series, List<Point> points, LocalDate weekStart, LocalDate weekEnd) implements Chart {
        public Trend {
            points = List.copyOf(points);
        }

        @Override
        public boolean wide() {
            return true;
        }

        @Override
        public Chart widened() {
            return this;
        }

        public record Point(LocalDate date, BigDecimal value) {
        }
    }

    /**
     * Several series over time, a line each, such as a sector index against 沪深300 as cumulative
     * returns; {@code unit} follows the values on the axis ("%"), or is empty.
     */
    record Lines(String unit, List<Series> series, boolean wide) implements Chart {
        public Lines {
            series = List.copyOf(series);
        }

        @Override
        public Chart widened() {
            return new Lines(unit, series, true);
        }

        public record Series(String name, List<Trend.Point> points) {
            public Series {
                points = List.copyOf(points);
            }
        }
    }

    /**
     * Horizontal bars, highest at the top, labelled with their values: signed with two decimals
     * ({@code signed}, for moves in percent) or as written.
     */
    record Ranking(List<Bar> bars, boolean signed) implements Chart {
        public Ranking {
            bars = List.copyOf(bars);
        }

        @Override
        public boolean wide() {
            return true;
        }

        @Override
        public Chart widened() {
            return this;
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
    record History(String valueLegend, String yoyLegend, List<Period> periods, boolean wide) implements Chart {
        public History {
            periods = List.copyOf(periods);
        }

        @Override
        public Chart widened() {
            return new History(valueLegend, yoyLegend, periods, true);
        }

        public record Period(String label, BigDecimal value, BigDecimal yoy) {
        }
    }

    /**
     * Bars by category, series side by side or {@code stacked}; categories from {@code forecastFrom}
     * on (an index; the size of the list for none) are forecasts, drawn lighter; {@code lines} are
     * series drawn as lines on a second axis. A missing value is null.
     */
    record Bars(String unit, List<String> categories, List<Series> bars, List<Series> lines, boolean stacked,
                int forecastFrom, boolean wide) implements Chart {
        public Bars {
            categories = List.copyOf(categories);
            bars = List.copyOf(bars);
            lines = List.copyOf(lines);
        }

        @Override
        public Chart widened() {
            return new Bars(unit, categories, bars, lines, stacked, forecastFrom, true);
        }

        public record Series(String name, List<BigDecimal> values) {
            public Series {
                values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
            }
        }
    }

    /** Shares of a whole, as a pie or a {@code donut}, each slice labelled with its share in percent. */
    record Pie(List<Slice> slices, boolean donut, boolean wide) implements Chart {
        public Pie {
            slices = List.copyOf(slices);
        }

        @Override
        public Chart widened() {
            return new Pie(slices, donut, true);
        }

        public record Slice(String label, BigDecimal value) {
        }
    }
}
