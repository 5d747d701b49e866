package com.sectorweekly.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A report's own chapters ({@code chapters.yaml}): sections of paragraphs, lists, tables, pictures
 * and charts, written by the analyst. A weekly prints them where its outline says
 * {@code own_chapters}; a monthly or thematic report is mostly made of them.
 */
public record Chapters(@Required List<Chapter> chapters) {

    public Chapters {
        chapters = List.copyOf(chapters);
    }

    /**
     * A chapter or a section of one: its title, its blocks, then its sections. Numbered as the
     * report numbers its chapters unless {@code numbered} is false; {@code id} is the anchor links use.
     */
    public record Chapter(String id, @Required @Prose(label = true) String title, Boolean numbered, List<Block> blocks, List<Chapter> sections) {
        public Chapter {
            blocks = blocks == null ? List.of() : List.copyOf(blocks);
            sections = sections == null ? List.of() : List.copyOf(sections);
        }

        public boolean isNumbered() {
            return numbered == null || numbered;
        }
    }

    /**
     * One block, written as text (a paragraph; lines after a blank line are a new paragraph) or as a
     * mapping with one of its keys: {@code paragraph}, {@code list} (bullets), {@code numbered},
     * {@code table}, {@code figure} (a picture), {@code chart} (drawn from data) or {@code forecast}
     * (the earnings-forecast table of covered companies).
     */
    public record Block(@Prose @Renewed String paragraph, List<Item> list, List<Item> numbered, Table table, Picture figure,
                        ChartData chart, Forecast forecast) {

        /** The kinds of block, by key, in the order an error message lists them. */
        public static final List<String> KINDS = List.of("paragraph", "list", "numbered", "table", "figure", "chart", "forecast");

        @JsonCreator
        public Block {
            list = list == null ? null : List.copyOf(list);
            numbered = numbered == null ? null : List.copyOf(numbered);
        }

        /** A block written as plain text is a paragraph. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static Block of(String paragraph) {
            return new Block(paragraph, null, null, null, null, null, null);
        }

        /** How many of the block's kinds are given: exactly one is. */
        public int kindsGiven() {
            int n = 0;
            for (Object kind : new Object[]{paragraph, list, numbered, table, figure, chart, forecast}) {
                n += kind == null ? 0 : 1;
            }
            return n;
        }
    }

    /** A list item: text, written as text alone or with a list of its own under it. */
    public record Item(@Required @Prose String text, List<Item> list, List<Item> numbered) {

        @JsonCreator
        public Item {
            list = list == null ? List.of() : List.copyOf(list);
            numbered = numbered == null ? List.of() : List.copyOf(numbered);
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static Item of(String text) {
            return new Item(text, null, null);
        }
    }

    /**
     * Where a table's or a chart's figures come from: {@code rows} written here, or a file beside
     * the YAML, {@code csv} or {@code xlsx} (an Excel sheet as Wind or iFind export it; the first
     * sheet unless {@code sheet} names one, all of it unless {@code range} says, e.g. A3:G40).
     * The first row holds the column titles.
     */
    public interface DataSource {
        List<List<String>> rows();

        String csv();

        String xlsx();

        String sheet();

        String range();

        /** How many of rows, csv and xlsx are given: exactly one is. */
        default int sourcesGiven() {
            return (rows() == null ? 0 : 1) + (csv() == null ? 0 : 1) + (xlsx() == null ? 0 : 1);
        }
    }

    /**
     * A numbered table. {@code columns} may set a column's title, its unit (printed after the title,
     * 营收（亿元）), its alignment ({@code left}, {@code right}, {@code center}; numbers are set right
     * unless it says) and a group heading shared by neighbouring columns (EPS over 2025E 2026E).
     */
    public record Table(@Required @Prose(label = true) String caption, List<List<String>> rows, String csv, String xlsx, String sheet,
                        String range, List<Column> columns, @Required List<String> sources, @Prose(label = true) String note)
            implements DataSource {
        public Table {
            columns = columns == null ? List.of() : List.copyOf(columns);
        }
    }

    public record Column(@Prose(label = true) String title, @Prose(label = true) String unit, @OneOf(Choice.ALIGN) String align, String group) {
        public static final List<String> ALIGNMENTS = List.of("left", "right", "center");
    }

    /**
     * A picture from a file beside the YAML: PNG, JPEG or SVG (an SVG stays vector in the PDF).
     * {@code width} is {@code full} (the default) or {@code half}, two halves sharing a row.
     */
    public record Picture(@Required @Prose(label = true) String caption, @Required String image, @Required List<String> sources,
                          @Prose(label = true) String note, @OneOf(Choice.WIDTH) String width) {
        public static final List<String> WIDTHS = List.of("full", "half");
    }

    /**
     * A chart drawn from data: the first column holds the periods, dates or names, each further
     * column a series, named by its title.
     *
     * <ul>
     * <li>{@code line}: series over time; with {@code cumulative_from}, each as its cumulative
     *     return in percent from that date (a sector index against 沪深300);</li>
     * <li>{@code bar}: series side by side, or {@code stacked}; periods from {@code forecast_from}
     *     on (2026E) are drawn apart, lighter; series named in {@code line_series} are drawn as
     *     lines on a second axis (bar + line);</li>
     * <li>{@code ranking}: one series as horizontal bars, highest first, {@code highlight}
     *     naming the bar in the house colour;</li>
     * <li>{@code pie} and {@code donut}: one series as shares of a whole.</li>
     * </ul>
     */
    public record ChartData(@Required @Prose(label = true) String caption, @Required @OneOf(Choice.CHART_KIND) String kind, List<List<String>> rows, String csv,
                            String xlsx, String sheet, String range, String unit, LocalDate cumulativeFrom,
                            Boolean stacked, String forecastFrom, List<String> lineSeries, String highlight,
                            @OneOf(Choice.WIDTH) String width, @Required List<String> sources, @Prose(label = true) String note) implements DataSource {
        public static final List<String> KINDS = List.of("line", "bar", "ranking", "pie", "donut");

        public ChartData {
            lineSeries = lineSeries == null ? List.of() : List.copyOf(lineSeries);
        }

        public boolean isStacked() {
            return stacked != null && stacked;
        }
    }

    /**
     * The earnings forecast of covered companies, the standard sell-side table: code, name, price,
     * market capitalisation, EPS and P/E for each of {@code years}, and the desk's rating, as of a
     * date; prices and EPS in yuan, market capitalisation in 亿元 unless {@code currency} says.
     */
    public record Forecast(@Required @Prose(label = true) String caption, @Required LocalDate asOf, @Required List<String> years,
                           String currency, @Required List<ForecastRow> companies, @Required List<String> sources,
                           @Prose(label = true) String note) {
        public Forecast {
            years = List.copyOf(years);
            companies = List.copyOf(companies);
        }
    }

    public record ForecastRow(@Required String code, @Required String name, BigDecimal price, BigDecimal marketCap,
                              @Required List<BigDecimal> eps, List<BigDecimal> pe, @OneOf(Choice.COMPANY_RATING) String rating) {
        public ForecastRow {
            eps = List.copyOf(eps);
            pe = pe == null ? null : List.copyOf(pe);
        }
    }
}
