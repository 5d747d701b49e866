package com.sectorweekly.report;

import com.sectorweekly.document.Chart;
import com.sectorweekly.document.Figures;
import com.sectorweekly.document.Graphic;
import com.sectorweekly.document.ItemList;
import com.sectorweekly.document.Paragraph;
import com.sectorweekly.document.TableFigure;
import com.sectorweekly.document.TableFigure.Align;
import com.sectorweekly.document.TableFigure.Column;
import com.sectorweekly.format.CjkText;
import com.sectorweekly.format.Dates;
import com.sectorweekly.format.Labels;
import com.sectorweekly.model.Chapters;
import com.sectorweekly.model.DataTable;
import com.sectorweekly.model.DataValues;
import com.sectorweekly.model.PictureFile;
import com.sectorweekly.model.PriceSeries;
import com.sectorweekly.model.Week;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The report's own chapters (chapters.yaml) as sections of blocks: paragraphs, lists, tables from
 * rows or files, pictures, charts from data and earnings-forecast tables. The checks have judged
 * every value already; what does not hold here is a fault of the tool.
 */
final class ChapterBlocks {

    private final Week week;
    private final Labels labels;
    private final ProseReader prose;
    private final FigureNumbering figures;
    private final Dates dates;

    ChapterBlocks(Week week, Labels labels, ProseReader prose, FigureNumbering figures) {
        this.week = week;
        this.labels = labels;
        this.prose = prose;
        this.figures = figures;
        this.dates = new Dates(labels.locale());
    }

    /** @param listed whether the chapters are the body's (listed, numbered) or page 1's (headed only) */
    List<Draft> chapters(List<Chapters.Chapter> chapters, boolean listed) {
        List<Draft> drafts = new ArrayList<>();
        for (Chapters.Chapter chapter : chapters) {
            String title = prose.of(chapter.title()).text();
            Draft draft = listed ? Draft.listed(chapter.id(), title, chapter.isNumbered(), null) : Draft.minor(title);
            chapter.blocks().forEach(block -> draft.add(block(block)));
            draft.add(chapters(chapter.sections(), listed));
            drafts.add(draft);
        }
        return drafts;
    }

    private List<?> block(Chapters.Block block) {
        if (block.paragraph() != null) {
            return prose.paragraphs(block.paragraph()).stream().map(Paragraph::of).toList();
        }
        if (block.list() != null) {
            return List.of(list(block.list(), false));
        }
        if (block.numbered() != null) {
            return List.of(list(block.numbered(), true));
        }
        if (block.table() != null) {
            return List.of(table(block.table()));
        }
        if (block.figure() != null) {
            Chapters.Picture figure = block.figure();
            PictureFile file = week.pictures().get(figure.image());
            return List.of(new Figures(List.of(figures.picture(prose.of(figure.caption()).text(), file,
                    !"half".equals(figure.width()), prose.text(figure.note()), figure.sources()))));
        }
        if (block.chart() != null) {
            Chapters.ChartData chart = block.chart();
            return List.of(new Figures(List.<Graphic>of(figures.chart(prose.of(chart.caption()).text(), chart(chart),
                    prose.text(chart.note()), chart.sources()))));
        }
        return List.of(forecast(block.forecast()));
    }

    private ItemList list(List<Chapters.Item> items, boolean numbered) {
        List<ItemList.Item> made = new ArrayList<>();
        for (Chapters.Item item : items) {
            List<Object> blocks = new ArrayList<>();
            prose.paragraphs(item.text()).forEach(p -> blocks.add(Paragraph.of(p)));
            if (!item.list().isEmpty()) {
                blocks.add(list(item.list(), false));
            }
            if (!item.numbered().isEmpty()) {
                blocks.add(list(item.numbered(), true));
            }
            made.add(new ItemList.Item(numbered ? labels.format("list.marker", String.valueOf(made.size() + 1)) : null,
                    blocks.stream().map(com.sectorweekly.document.Block.class::cast).toList()));
        }
        return new ItemList(numbered, null, made);
    }

    // ---- tables -----------------------------------------------------------------------------

    private TableFigure table(Chapters.Table table) {
        DataTable data = data(table);
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < data.header().size(); c++) {
            Chapters.Column spec = c < table.columns().size() ? table.columns().get(c) : null;
            int index = c;
            String title = spec != null && spec.title() != null ? spec.title() : data.header().get(c);
            if (spec != null && spec.unit() != null) {
                title = labels.format("table.unitTitle", title, spec.unit());
            }
            boolean numbers = data.rows().stream().allMatch(row -> DataValues.isNumberOrEmpty(row.get(index)))
                    && data.rows().stream().anyMatch(row -> !DataValues.isEmpty(row.get(index)));
            Align align = spec != null && spec.align() != null ? Align.valueOf(spec.align().toUpperCase(Locale.ROOT))
                    : numbers ? Align.RIGHT : Align.LEFT;
            columns.add(new Column(prose.text(title), align, weight(data, c, title), spec == null ? null : spec.group()));
        }
        List<List<String>> rows = data.rows().stream()
                .map(row -> row.stream().map(cell -> prose.text(cell)).toList()).toList();
        return figures.table(prose.of(table.caption()).text(), columns, rows, prose.text(table.note()), table.sources());
    }

    /** A column's share of the width: the longest thing it holds, a Chinese character counting twice. */
    private static float weight(DataTable data, int column, String title) {
        int widest = width(title);
        for (List<String> row : data.rows()) {
            widest = Math.max(widest, width(row.get(column)));
        }
        return Math.max(2, Math.min(widest, 24)) / 4f;
    }

    private static int width(String text) {
        return text.codePoints().map(c -> CjkText.isCjk((char) c) || c > 0xFFFF ? 2 : 1).sum();
    }

    /**
     * The earnings forecast: code, name, price and market cap (where given), then EPS and P/E for
     * each year, then the rating (where given).
     */
    private TableFigure forecast(Chapters.Forecast forecast) {
        String currency = forecast.currency() == null ? labels.get("forecast.currency") : forecast.currency();
        String eps = labels.format("forecast.eps", currency);
        String pe = labels.get("forecast.pe");
        boolean rated = forecast.companies().stream().anyMatch(c -> c.rating() != null);
        boolean priced = forecast.companies().stream().anyMatch(c -> c.price() != null);
        boolean capitalised = forecast.companies().stream().anyMatch(c -> c.marketCap() != null);
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text(labels.get("forecast.code"), 1.3f));
        columns.add(Column.text(labels.get("forecast.name"), 1.3f));
        if (priced) {
            columns.add(Column.number(labels.format("forecast.price", currency), 1.1f));
        }
        if (capitalised) {
            columns.add(Column.number(labels.format("forecast.marketCap", labels.format("forecast.marketCapUnit", currency)), 1.2f));
        }
        forecast.years().forEach(y -> columns.add(new Column(y, Align.RIGHT, 0.9f, eps)));
        forecast.years().forEach(y -> columns.add(new Column(y, Align.RIGHT, 0.9f, pe)));
        if (rated) {
            columns.add(Column.text(labels.get("forecast.rating"), 1.1f));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Chapters.ForecastRow company : forecast.companies()) {
            List<String> row = new ArrayList<>();
            row.add(company.code());
            row.add(company.name());
            if (priced) {
                row.add(plain(company.price()));
            }
            if (capitalised) {
                row.add(plain(company.marketCap()));
            }
            company.eps().forEach(e -> row.add(plain(e)));
            for (int y = 0; y < forecast.years().size(); y++) {
                row.add(peOf(company, y));
            }
            if (rated) {
                row.add(company.rating() == null ? "—" : company.rating());
            }
            rows.add(row);
        }
        String caption = prose.of(forecast.caption()).text() + labels.format("forecast.asOf", dates.full(forecast.asOf()));
        return figures.table(caption, columns, rows, prose.text(forecast.note()), forecast.sources());
    }

    /** P/E as given, or the price over the year's EPS, one decimal; none for a loss. */
    private static String peOf(Chapters.ForecastRow company, int year) {
        if (company.pe() != null) {
            return plain(company.pe().get(year));
        }
        BigDecimal eps = company.eps().get(year);
        if (company.price() == null || eps == null || eps.signum() <= 0) {
            return "—";
        }
        return company.price().divide(eps, 1, RoundingMode.HALF_UP).toPlainString();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "—" : value.toPlainString();
    }

    // ---- charts -----------------------------------------------------------------------------

    private Chart chart(Chapters.ChartData spec) {
        DataTable data = data(spec);
        boolean wide = spec.width() == null ? !spec.kind().equals("pie") && !spec.kind().equals("donut")
                : !"half".equals(spec.width());
        String unit = spec.unit() == null ? "" : spec.unit();
        return switch (spec.kind()) {
            case "line" -> lines(spec, data, unit, wide);
            case "bar" -> bars(spec, data, unit, wide);
            case "ranking" -> new Chart.Ranking(data.rows().stream()
                    .filter(row -> DataValues.number(row.get(1)).isPresent())
                    .map(row -> new Chart.Ranking.Bar(row.get(0), DataValues.number(row.get(1)).orElseThrow(),
                            row.get(0).equals(spec.highlight()) ? Chart.Tone.HIGHLIGHT : Chart.Tone.PLAIN))
                    .sorted(Comparator.comparing(Chart.Ranking.Bar::value).reversed())
                    .toList(), "%".equals(unit));
            case "pie", "donut" -> new Chart.Pie(data.rows().stream()
                    .filter(row -> DataValues.number(row.get(1)).isPresent())
                    .map(row -> new Chart.Pie.Slice(row.get(0), DataValues.number(row.get(1)).orElseThrow())).toList(),
                    spec.kind().equals("donut"), wide);
            default -> throw new IllegalStateException("unchecked chart kind '" + spec.kind() + "'");
        };
    }

    /** One line a column, over the dates of the first; as cumulative returns in percent from a base date where asked. */
    private Chart lines(Chapters.ChartData spec, DataTable data, String unit, boolean wide) {
        List<Chart.Lines.Series> series = new ArrayList<>();
        for (int c = 1; c < data.header().size(); c++) {
            List<Chart.Trend.Point> points = new ArrayList<>();
            BigDecimal base = null;
            for (List<String> row : data.rows()) {
                LocalDate date = DataValues.date(row.get(0)).orElseThrow();
                BigDecimal value = DataValues.number(row.get(c)).orElse(null);
                if (value == null || spec.cumulativeFrom() != null && date.isBefore(spec.cumulativeFrom())) {
                    continue;
                }
                if (spec.cumulativeFrom() != null) {
                    base = base == null ? value : base;
                    value = PriceSeries.move(base, value);
                }
                points.add(new Chart.Trend.Point(date, value));
            }
            series.add(new Chart.Lines.Series(data.header().get(c), points));
        }
        return new Chart.Lines(spec.cumulativeFrom() != null ? "%" : unit, series, wide);
    }

    /** Bars a column, by the categories of the first; the columns named as lines on a second axis. */
    private Chart bars(Chapters.ChartData spec, DataTable data, String unit, boolean wide) {
        List<String> categories = data.rows().stream().map(row -> row.get(0)).toList();
        List<Chart.Bars.Series> bars = new ArrayList<>();
        List<Chart.Bars.Series> lines = new ArrayList<>();
        for (int c = 1; c < data.header().size(); c++) {
            int column = c;
            Chart.Bars.Series series = new Chart.Bars.Series(data.header().get(c),
                    data.rows().stream().map(row -> DataValues.number(row.get(column)).orElse(null)).toList());
            (spec.lineSeries().contains(data.header().get(c)) ? lines : bars).add(series);
        }
        int forecastFrom = spec.forecastFrom() != null ? categories.indexOf(spec.forecastFrom())
                : indexOfFirstForecast(categories);
        return new Chart.Bars(unit, categories, bars, lines, spec.isStacked(), forecastFrom, wide);
    }

    /** The first category that is a forecast year (2026E), or none. */
    private static int indexOfFirstForecast(List<String> categories) {
        for (int i = 0; i < categories.size(); i++) {
            if (DataValues.isForecastYear(categories.get(i))) {
                return i;
            }
        }
        return categories.size();
    }

    private DataTable data(Chapters.DataSource source) {
        if (source.rows() != null) {
            List<List<String>> rows = source.rows();
            return new DataTable("", rows.get(0), rows.subList(1, rows.size()));
        }
        return week.tables().get(DataTable.key(source));
    }
}
