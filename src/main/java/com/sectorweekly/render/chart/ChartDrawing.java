package com.sectorweekly.render.chart;

import com.sectorweekly.document.Chart;
import com.sectorweekly.document.TextPass;
import com.sectorweekly.render.BundledFont;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.RingPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Turns a {@link Chart} into a JFreeChart in the house style: no ground of its own, no frame, thin grey
 * grid, data in the desk's colours, Chinese labels in the bundled font. Every format draws the
 * same chart at the same size, the SVG for HTML and Markdown and the vector drawing in the PDF.
 * Dates are placed in UTC and numbers formatted without the machine's locale, so the same data
 * gives the same drawing everywhere.
 */
public final class ChartDrawing {

    /** The PDF's text width, in points: a wide chart spans it, a narrow one takes half less a gutter. */
    public static final float WIDE = 483;
    public static final float NARROW = 236;

    // Whole sizes and binary-exact strokes: SVG writes them as short, exact numbers.
    private static final float TICK_SIZE = 8;
    private static final float LABEL_SIZE = 7f;
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    private static final DecimalFormatSymbols DIGITS = DecimalFormatSymbols.getInstance(Locale.ROOT);
    private static final long DAY_MILLIS = 86_400_000L;
    private static final TextPass.Change PRINTABLE = TextPass.Change.characterForCharacter(BundledFont::printable);
    private static final BasicStroke LINE = new BasicStroke(1.25f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    static {
        // Else JFreeChart draws rotated text as a TextLayout, which SVG and PDF receive as glyph
        // outlines: large, and no longer text a reader can select.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private ChartDrawing() {
    }

    /** A chart's size in points (PDF) and user units (SVG). */
    public record Size(float width, float height) {

        /**
         * The size to draw at in a column narrower than the chart (page 1's panel): the column's
         * width, and a height cut less than the width is, so the type stays as large as elsewhere.
         */
        public Size within(float column) {
            return column >= width ? this : new Size(column, height * Math.max(0.8f, column / width));
        }

        /** The same width, and {@code share} of the height. */
        public Size shorter(float share) {
            return new Size(width, height * share);
        }
    }

    public static Size size(Chart chart) {
        if (chart instanceof Chart.Ranking ranking) {
            return new Size(WIDE, 24 + 12.5f * ranking.bars().size());
        }
        if (chart instanceof Chart.Pie && !chart.wide()) {
            return new Size(NARROW, 180);
        }
        return new Size(chart.wide() ? WIDE : NARROW, chart.wide() && !(chart instanceof Chart.Trend) ? 200 : 165);
    }

    /** Paints the chart at the given size onto a canvas whose origin is the chart's top left. */
    public static void paint(Chart chart, ChartPalette palette, Graphics2D canvas, Size size) {
        draw(chart, palette).draw(canvas, new Rectangle2D.Double(0, 0, size.width(), size.height()));
    }

    static JFreeChart draw(Chart given, ChartPalette palette) {
        Chart chart = (Chart) TextPass.apply((Record) given, PRINTABLE);
        if (chart instanceof Chart.Trend trend) {
            return trend(trend, palette);
        }
        if (chart instanceof Chart.Lines lines) {
            return lines(lines, palette);
        }
        if (chart instanceof Chart.Ranking ranking) {
            return ranking(ranking, palette);
        }
        if (chart instanceof Chart.Bars bars) {
            return bars(bars, palette);
        }
        if (chart instanceof Chart.Pie pie) {
            return pie(pie, palette);
        }
        return history((Chart.History) chart, palette);
    }

    // ---- one line over time ----------------------------------------------------------------

    private static JFreeChart trend(Chart.Trend trend, ChartPalette palette) {
        TimeSeries series = new TimeSeries(trend.series());
        for (Chart.Trend.Point point : trend.points()) {
            LocalDate d = point.date();
            series.add(new Day(d.getDayOfMonth(), d.getMonthValue(), d.getYear()), point.value());
        }
        DateAxis time = new DateAxis();
        time.setTimeZone(UTC);
        time.setStandardTickUnits(DateAxis.createStandardDateTickUnits(UTC, Locale.ROOT));
        SimpleDateFormat monthDay = new SimpleDateFormat("M/d", Locale.ROOT);
        monthDay.setTimeZone(UTC);
        time.setDateFormatOverride(monthDay);
        time.setLowerMargin(0.01);
        time.setUpperMargin(0.01);
        NumberAxis values = valueAxis();
        values.setAutoRangeIncludesZero(false);

        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        // One path for the series, not a line per day: years of closes stay a small drawing.
        line.setDrawSeriesLineAsPath(true);
        line.setSeriesPaint(0, palette.primary());
        line.setSeriesStroke(0, LINE);
        XYPlot plot = new XYPlot(new TimeSeriesCollection(series, UTC), time, values, line);
        // The report's week, Monday to Friday, shaded behind the line.
        IntervalMarker week = new IntervalMarker(
                trend.weekStart().toEpochDay() * DAY_MILLIS - DAY_MILLIS / 2,
                trend.weekEnd().toEpochDay() * DAY_MILLIS + DAY_MILLIS / 2);
        week.setPaint(palette.accentTint(0.22));
        week.setOutlinePaint(null);
        plot.addDomainMarker(week, Layer.BACKGROUND);
        quiet(plot);
        plot.setDomainGridlinesVisible(false);
        quiet(time);
        return finish(plot, false);
    }

    // ---- horizontal bars, highest first ------------------------------------------------------

    private static JFreeChart ranking(Chart.Ranking ranking, ChartPalette palette) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Chart.Ranking.Bar> bars = ranking.bars();
        for (int i = 0; i < bars.size(); i++) {
            data.addValue(bars.get(i).value(), "", new Category(i, bars.get(i).label()));
        }
        BarRenderer renderer = new BarRenderer() {
            @Override
            public java.awt.Paint getItemPaint(int row, int column) {
                return palette.bar(bars.get(column).tone());
            }
        };
        plainBars(renderer);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new DecimalFormat(ranking.signed() ? "+0.00;-0.00" : "#,##0.##", DIGITS)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartFont.of(LABEL_SIZE));
        renderer.setDefaultItemLabelPaint(ChartPalette.TEXT);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setDefaultNegativeItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
        renderer.setItemLabelAnchorOffset(3);

        CategoryAxis names = categoryAxis();
        names.setCategoryMargin(0.3);
        NumberAxis values = valueAxis();
        values.setLowerMargin(0.14);
        values.setUpperMargin(0.14);
        CategoryPlot plot = new CategoryPlot(data, names, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setRangeZeroBaselineVisible(true);
        plot.setRangeZeroBaselinePaint(ChartPalette.AXIS);
        plot.setRangeZeroBaselineStroke(new BasicStroke(0.75f));
        quiet(plot);
        return finish(plot, false);
    }

    // ---- several series over time -------------------------------------------------------------

    private static JFreeChart lines(Chart.Lines lines, ChartPalette palette) {
        TimeSeriesCollection data = new TimeSeriesCollection(UTC);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        for (int i = 0; i < lines.series().size(); i++) {
            Chart.Lines.Series one = lines.series().get(i);
            TimeSeries series = new TimeSeries(one.name());
            for (Chart.Trend.Point point : one.points()) {
                LocalDate d = point.date();
                series.addOrUpdate(new Day(d.getDayOfMonth(), d.getMonthValue(), d.getYear()), point.value());
            }
            data.addSeries(series);
            renderer.setSeriesPaint(i, palette.series(i));
            renderer.setSeriesStroke(i, LINE);
        }
        DateAxis time = new DateAxis();
        time.setTimeZone(UTC);
        time.setStandardTickUnits(DateAxis.createStandardDateTickUnits(UTC, Locale.ROOT));
        SimpleDateFormat yearMonth = new SimpleDateFormat(spanOfYears(lines) ? "yyyy/M" : "M/d", Locale.ROOT);
        yearMonth.setTimeZone(UTC);
        time.setDateFormatOverride(yearMonth);
        time.setLowerMargin(0.01);
        time.setUpperMargin(0.01);
        NumberAxis values = valueAxis(lines.unit());
        values.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, time, values, renderer);
        quiet(plot);
        plot.setDomainGridlinesVisible(false);
        quiet(time);
        return finish(plot, lines.series().size() > 1);
    }

    /** Whether a chart's dates span more than a few months, which its axis then labels by year and month. */
    private static boolean spanOfYears(Chart.Lines lines) {
        LocalDate first = null;
        LocalDate last = null;
        for (Chart.Lines.Series series : lines.series()) {
            for (Chart.Trend.Point point : series.points()) {
                first = first == null || point.date().isBefore(first) ? point.date() : first;
                last = last == null || point.date().isAfter(last) ? point.date() : last;
            }
        }
        return first != null && first.plusMonths(6).isBefore(last);
    }

    // ---- bars by category: grouped, stacked, with forecasts, with lines on a second axis -------

    private static JFreeChart bars(Chart.Bars chart, ChartPalette palette) {
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        List<Category> categories = new java.util.ArrayList<>();
        for (int c = 0; c < chart.categories().size(); c++) {
            categories.add(new Category(c, chart.categories().get(c)));
        }
        for (Chart.Bars.Series series : chart.bars()) {
            for (int c = 0; c < categories.size(); c++) {
                bars.addValue(series.values().get(c), series.name(), categories.get(c));
            }
        }
        BarRenderer renderer = chart.stacked() ? new StackedBarRenderer() {
            @Override
            public java.awt.Paint getItemPaint(int row, int column) {
                return column >= chart.forecastFrom() ? palette.tint(palette.series(row), 0.45) : palette.series(row);
            }
        } : new BarRenderer() {
            @Override
            public java.awt.Paint getItemPaint(int row, int column) {
                return column >= chart.forecastFrom() ? palette.tint(palette.series(row), 0.45) : palette.series(row);
            }
        };
        plainBars(renderer);
        renderer.setMaximumBarWidth(chart.bars().size() > 1 && !chart.stacked() ? 0.05 : 0.08);
        for (int i = 0; i < chart.bars().size(); i++) {
            renderer.setSeriesPaint(i, palette.series(i));
        }
        CategoryAxis axis = categoryAxis();
        axis.setCategoryMargin(0.3);
        if (categories.size() > (chart.wide() ? 12 : 6)) {
            axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        CategoryPlot plot = new CategoryPlot(bars, axis, valueAxis(chart.unit()), renderer);
        if (!chart.lines().isEmpty()) {
            DefaultCategoryDataset lines = new DefaultCategoryDataset();
            LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
            for (int i = 0; i < chart.lines().size(); i++) {
                Chart.Bars.Series series = chart.lines().get(i);
                for (int c = 0; c < categories.size(); c++) {
                    lines.addValue(series.values().get(c), series.name(), categories.get(c));
                }
                line.setSeriesPaint(i, palette.series(chart.bars().size() + i));
                line.setSeriesStroke(i, LINE);
                line.setSeriesShape(i, new Ellipse2D.Double(-1.8, -1.8, 3.6, 3.6));
            }
            NumberAxis second = valueAxis("");
            second.setAutoRangeIncludesZero(false);
            plot.setDataset(1, lines);
            plot.setRangeAxis(1, second);
            plot.mapDatasetToRangeAxis(1, 1);
            plot.setRenderer(1, line);
            plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        }
        quiet(plot);
        return finish(plot, chart.bars().size() + chart.lines().size() > 1);
    }

    // ---- shares of a whole ---------------------------------------------------------------------

    private static JFreeChart pie(Chart.Pie chart, ChartPalette palette) {
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        for (Chart.Pie.Slice slice : chart.slices()) {
            data.setValue(slice.label(), slice.value());
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        PiePlot<String> plot = chart.donut() ? new RingPlot(data) : new PiePlot<>(data);
        for (int i = 0; i < chart.slices().size(); i++) {
            plot.setSectionPaint(chart.slices().get(i).label(), palette.series(i));
        }
        if (plot instanceof RingPlot ring) {
            ring.setSectionDepth(0.42);
            ring.setSeparatorsVisible(false);
        }
        plot.setDefaultSectionOutlinePaint(Color.WHITE);
        plot.setDefaultSectionOutlineStroke(new BasicStroke(0.75f));
        plot.setShadowPaint(null);
        plot.setLabelFont(ChartFont.of(LABEL_SIZE));
        plot.setLabelPaint(ChartPalette.TEXT);
        plot.setLabelBackgroundPaint(Color.WHITE);
        plot.setLabelOutlinePaint(null);
        plot.setLabelShadowPaint(null);
        plot.setLabelLinkPaint(ChartPalette.AXIS);
        plot.setLabelGenerator(new StandardPieSectionLabelGenerator("{0} {2}",
                new DecimalFormat("#,##0.##", DIGITS), new DecimalFormat("0.0%", DIGITS)));
        plot.setBackgroundPaint(null);
        plot.setOutlineVisible(false);
        plot.setInteriorGap(0.04);
        // room for a label of a few Chinese words on one line (个人聊天与助手 18.2%), not broken inside a word
        plot.setMaximumLabelWidth(0.3);
        return finish(plot, false);
    }

    // ---- a KPI's values with their year-on-year change ---------------------------------------

    private static JFreeChart history(Chart.History history, ChartPalette palette) {
        DefaultCategoryDataset values = new DefaultCategoryDataset();
        DefaultCategoryDataset yoy = new DefaultCategoryDataset();
        List<Chart.History.Period> periods = history.periods();
        for (int i = 0; i < periods.size(); i++) {
            Category period = new Category(i, periods.get(i).label());
            values.addValue(periods.get(i).value(), history.valueLegend(), period);
            if (history.yoyLegend() != null) {
                yoy.addValue(periods.get(i).yoy(), history.yoyLegend(), period);
            }
        }
        BarRenderer bars = new BarRenderer();
        plainBars(bars);
        bars.setSeriesPaint(0, palette.primary());
        CategoryAxis axis = categoryAxis();
        axis.setCategoryMargin(0.35);
        if (periods.size() > 6) {
            axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis valueAxis = valueAxis();
        CategoryPlot plot = new CategoryPlot(values, axis, valueAxis, bars);
        if (history.yoyLegend() != null) {
            NumberAxis yoyAxis = valueAxis();
            yoyAxis.setAutoRangeIncludesZero(false);
            LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
            line.setSeriesPaint(0, palette.accent());
            line.setSeriesStroke(0, LINE);
            Shape dot = new Ellipse2D.Double(-1.8, -1.8, 3.6, 3.6);
            line.setSeriesShape(0, dot);
            plot.setDataset(1, yoy);
            plot.setRangeAxis(1, yoyAxis);
            plot.mapDatasetToRangeAxis(1, 1);
            plot.setRenderer(1, line);
            plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        }
        quiet(plot);
        return finish(plot, true);
    }

    // ---- the house style -----------------------------------------------------------------------

    /** A category that keeps its place even when two share a label, and prints as its label. */
    private record Category(int index, String label) implements Comparable<Category> {
        @Override
        public int compareTo(Category other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private static void plainBars(BarRenderer renderer) {
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setMaximumBarWidth(0.08);
    }

    private static NumberAxis valueAxis() {
        NumberAxis axis = new NumberAxis();
        axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        quiet(axis);
        return axis;
    }

    /** A value axis whose ticks carry "%" when the values are percentages, or which names its unit. */
    private static NumberAxis valueAxis(String unit) {
        NumberAxis axis = valueAxis();
        if ("%".equals(unit)) {
            axis.setNumberFormatOverride(new DecimalFormat("#,##0.##'%'", DIGITS));
        } else if (unit != null && !unit.isBlank()) {
            axis.setLabel(unit);
        }
        return axis;
    }

    private static CategoryAxis categoryAxis() {
        CategoryAxis axis = new CategoryAxis();
        axis.setLowerMargin(0.01);
        axis.setUpperMargin(0.01);
        quiet(axis);
        axis.setTickMarksVisible(false);
        return axis;
    }

    private static void quiet(Axis axis) {
        axis.setTickLabelFont(ChartFont.of(TICK_SIZE));
        axis.setTickLabelPaint(ChartPalette.TEXT);
        axis.setLabelFont(ChartFont.of(TICK_SIZE));
        axis.setAxisLinePaint(ChartPalette.AXIS);
        axis.setAxisLineStroke(new BasicStroke(0.75f));
        axis.setTickMarkPaint(ChartPalette.AXIS);
        axis.setTickMarkStroke(new BasicStroke(0.75f));
        axis.setTickMarkOutsideLength(2);
    }

    private static void quiet(Plot plot) {
        plot.setBackgroundPaint(null);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(4, 2, 2, 4));
        if (plot instanceof XYPlot xy) {
            xy.setRangeGridlinePaint(ChartPalette.GRID);
            xy.setRangeGridlineStroke(new BasicStroke(0.5f));
            xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
        } else if (plot instanceof CategoryPlot category) {
            category.setRangeGridlinePaint(ChartPalette.GRID);
            category.setRangeGridlineStroke(new BasicStroke(0.5f));
            category.setDomainGridlinesVisible(false);
            category.setAxisOffset(RectangleInsets.ZERO_INSETS);
        }
    }

    private static JFreeChart finish(Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(null, ChartFont.of(TICK_SIZE), plot, legend);
        // no ground of its own: the page's shows, and so does a scroll box's cue that more lies beside
        chart.setBackgroundPaint(null);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(2, 2, 2, 2));
        if (legend) {
            LegendTitle key = chart.getLegend();
            key.setItemFont(ChartFont.of(TICK_SIZE));
            key.setItemPaint(ChartPalette.TEXT);
            key.setFrame(BlockBorder.NONE);
            key.setBackgroundPaint(null);
            key.setPosition(RectangleEdge.TOP);
        }
        return chart;
    }
}
