package com.sectorweekly.check;

import com.sectorweekly.content.ContentLoader;
import com.sectorweekly.content.Location;
import com.sectorweekly.content.Places;
import com.sectorweekly.model.Chapters;
import com.sectorweekly.model.ContentFields.Placed;
import com.sectorweekly.model.CoreData;
import com.sectorweekly.model.DataTable;
import com.sectorweekly.model.DataValues;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report's own chapters can be printed as written: each block is one kind of block; a table or
 * chart has one source of figures, whose cells are what the chart plots (dates, numbers); a
 * chart's options name what its data has; a forecast has a figure for each year and ratings from
 * the desk's company scale. Every finding names the place, in the YAML or in the data file.
 */
final class OwnChapters implements Rule {

    private static final String FILE = ContentLoader.CHAPTERS_FILE;

    @Override
    public List<Finding> check(CheckInput input) {
        List<Finding> findings = new ArrayList<>();
        for (Placed<Chapters.Block> block : input.week().places().find(FILE, Chapters.Block.class)) {
            new Block(input, block, findings).check();
        }
        return findings;
    }

    /** One block's checks. */
    private static final class Block {
        private final CheckInput input;
        private final Placed<Chapters.Block> placed;
        private final Chapters.Block block;
        private final List<Finding> findings;
        private final Places places;

        Block(CheckInput input, Placed<Chapters.Block> block, List<Finding> findings) {
            this.input = input;
            this.placed = block;
            this.block = block.value();
            this.findings = findings;
            this.places = input.week().places();
        }

        void check() {
            if (block.kindsGiven() != 1) {
                error(placed.pointer(), "a block is one of " + String.join(", ", Chapters.Block.KINDS) + "; this one gives "
                        + (block.kindsGiven() == 0 ? "none" : block.kindsGiven() + " of them"));
                return;
            }
            if (block.table() != null) {
                table(new Placed<>(placed.at("table"), block.table()));
            } else if (block.chart() != null) {
                chart(new Placed<>(placed.at("chart"), block.chart()));
            } else if (block.forecast() != null) {
                forecast(new Placed<>(placed.at("forecast"), block.forecast()));
            }
        }

        private void table(Placed<Chapters.Table> placedTable) {
            Chapters.Table table = placedTable.value();
            DataTable data = data(placedTable, "a table");
            if (data == null) {
                return;
            }
            if (table.columns().size() > data.header().size()) {
                error(placedTable.at("columns"), "columns describes " + table.columns().size() + " columns, but the table has "
                        + data.header().size() + " (" + String.join(", ", data.header()) + ")");
            }
            // A table's cells are printed as prose is, KPI placeholders filled: the ones they quote must exist.
            Map<String, CoreData.Kpi> kpis = input.week().week().coreData().kpisById();
            KpiPlaceholders.problems(String.join(" ", data.header()), kpis)
                    .forEach(problem -> dataError(placedTable, data, 1, problem));
            for (int r = 0; r < data.rows().size(); r++) {
                int row = r + 2;
                KpiPlaceholders.problems(String.join(" ", data.rows().get(r)), kpis)
                        .forEach(problem -> dataError(placedTable, data, row, problem));
            }
        }

        private void chart(Placed<Chapters.ChartData> placedChart) {
            Chapters.ChartData chart = placedChart.value();
            DataTable data = data(placedChart, "a chart");
            if (data == null) {
                return;
            }
            if (data.header().size() < 2) {
                dataError(placedChart, data, 1, "a chart needs a column of names or dates and at least one of figures");
                return;
            }
            boolean oneSeries = List.of("ranking", "pie", "donut").contains(chart.kind());
            if (oneSeries && data.header().size() != 2) {
                dataError(placedChart, data, 1, "a " + chart.kind() + " chart takes two columns, names and figures; this has "
                        + data.header().size());
            }
            if (chart.isStacked() && !chart.kind().equals("bar")) {
                error(placedChart.at("stacked"), "only bars are stacked; a " + chart.kind() + " chart is not");
            }
            for (int r = 0; r < data.rows().size(); r++) {
                List<String> row = data.rows().get(r);
                if (chart.kind().equals("line") && DataValues.date(row.get(0)).isEmpty()) {
                    dataError(placedChart, data, r + 2, "'" + row.get(0) + "' is not a date; a line chart's first "
                            + "column holds dates, written 2026-01-02 (or 2026/1/2, or 2026-01 for a month)");
                }
                for (int c = 1; c < row.size(); c++) {
                    if (!DataValues.isNumberOrEmpty(row.get(c))) {
                        dataError(placedChart, data, r + 2, "'" + row.get(c) + "' under " + data.header().get(c)
                                + " is not a number; write figures as 1234.5, 12.3% or - for none");
                    }
                }
            }
            if (chart.kind().equals("pie") || chart.kind().equals("donut")) {
                boolean negative = data.rows().stream().anyMatch(row -> DataValues.number(row.get(1))
                        .map(v -> v.signum() < 0).orElse(false));
                if (negative) {
                    dataError(placedChart, data, 1, "a " + chart.kind() + " shows shares of a whole; its figures cannot be negative");
                }
            }
            for (int i = 0; i < chart.lineSeries().size(); i++) {
                if (!chart.kind().equals("bar")) {
                    error(placedChart.at("line_series"), "line_series draws lines beside bars; a " + chart.kind() + " chart has none");
                } else if (!data.header().subList(1, data.header().size()).contains(chart.lineSeries().get(i))) {
                    error(placedChart.item("line_series", i).pointer(), "line_series names '" + chart.lineSeries().get(i)
                            + "', which is not a column; the columns are: " + String.join(", ", data.header().subList(1, data.header().size())));
                }
            }
            List<String> names = data.rows().stream().map(row -> row.get(0)).toList();
            if (chart.forecastFrom() != null && !names.contains(chart.forecastFrom())) {
                error(placedChart.at("forecast_from"), "forecast_from '" + chart.forecastFrom() + "' is not among the chart's "
                        + "periods: " + String.join(", ", names));
            }
            if (chart.highlight() != null && !names.contains(chart.highlight())) {
                error(placedChart.at("highlight"), "highlight '" + chart.highlight() + "' is not among the chart's names"
                        + Names.nearest(chart.highlight(), names).map(n -> "; did you mean '" + n + "'?").orElse(""));
            }
            if (chart.cumulativeFrom() != null) {
                cumulative(chart, data, placedChart.at("cumulative_from"));
            }
        }

        /** A cumulative return needs, in each series, a figure on or after the base date that is not zero. */
        private void cumulative(Chapters.ChartData chart, DataTable data, String cumulativeFrom) {
            if (!chart.kind().equals("line")) {
                error(cumulativeFrom, "cumulative_from makes lines of cumulative returns; a "
                        + chart.kind() + " chart has none");
                return;
            }
            for (int c = 1; c < data.header().size(); c++) {
                int column = c;
                boolean based = data.rows().stream()
                        .filter(row -> DataValues.date(row.get(0)).map(d -> !d.isBefore(chart.cumulativeFrom())).orElse(false))
                        .map(row -> DataValues.number(row.get(column)))
                        .filter(java.util.Optional::isPresent)
                        .findFirst().map(v -> v.get().signum() != 0).orElse(false);
                if (!based) {
                    error(cumulativeFrom, data.header().get(c) + " has no figure other than 0 on or after "
                            + chart.cumulativeFrom() + " to count returns from");
                }
            }
        }

        private void forecast(Placed<Chapters.Forecast> placedForecast) {
            Chapters.Forecast forecast = placedForecast.value();
            int years = forecast.years().size();
            if (years == 0) {
                error(placedForecast.at("years"), "years lists none; a forecast shows EPS and P/E for each year, e.g. [2025E, 2026E, 2027E]");
            }
            for (int i = 0; i < forecast.companies().size(); i++) {
                Chapters.ForecastRow row = forecast.companies().get(i);
                Placed<Object> company = placedForecast.item("companies", i);
                if (row.eps().size() != years) {
                    error(company.at("eps"), row.name() + " has " + row.eps().size() + " EPS figures for " + years + " years ("
                            + String.join(", ", forecast.years()) + ")");
                }
                if (row.pe() != null && row.pe().size() != years) {
                    error(company.at("pe"), row.name() + " has " + row.pe().size() + " P/E figures for " + years + " years");
                }
            }
        }

        /** The figures a table or chart names, or null (with a finding) when they cannot be had. */
        private DataTable data(Placed<? extends Chapters.DataSource> placedSource, String what) {
            Chapters.DataSource source = placedSource.value();
            if (source.sourcesGiven() != 1) {
                error(placedSource.pointer(), what + "'s figures come from one of rows, csv or xlsx; this gives "
                        + (source.sourcesGiven() == 0 ? "none" : source.sourcesGiven()));
                return null;
            }
            if (source.rows() != null) {
                List<List<String>> rows = source.rows();
                if (rows.size() < 2) {
                    error(placedSource.at("rows"), "rows needs a row of column titles, then rows of figures");
                    return null;
                }
                if (rows.size() > DataTable.MAX_ROWS + 1) {
                    error(placedSource.at("rows"), "rows holds " + (rows.size() - 1) + " rows; a table or chart takes at most "
                            + DataTable.MAX_ROWS);
                    return null;
                }
                for (int r = 0; r < rows.size(); r++) {
                    for (String cell : rows.get(r)) {
                        if (cell != null && cell.length() > DataTable.MAX_CELL_CHARS) {
                            error(placedSource.item("rows", r).pointer(), "a cell holds " + cell.length()
                                    + " characters; a cell takes at most " + DataTable.MAX_CELL_CHARS);
                            return null;
                        }
                    }
                }
                for (int r = 1; r < rows.size(); r++) {
                    if (rows.get(r).size() != rows.get(0).size()) {
                        error(placedSource.item("rows", r).pointer(), "this row has " + rows.get(r).size() + " cells, the titles "
                                + rows.get(0).size());
                        return null;
                    }
                }
                return new DataTable("", rows.get(0), rows.subList(1, rows.size()));
            }
            return input.week().week().tables().get(DataTable.key(source));
        }

        /** A finding about a row of a chart's data: in its file, or at the row in the YAML. */
        private void dataError(Placed<? extends Chapters.DataSource> placedSource, DataTable data, int row, String message) {
            Chapters.DataSource source = placedSource.value();
            Location where = source.rows() != null ? places.at(FILE, placedSource.item("rows", row - 1).pointer())
                    : new Location(data.file(), source.csv() != null ? row : 0, 0);
            findings.add(Finding.error(where, source.rows() == null && source.csv() == null ? "row " + row + ": " + message : message));
        }

        private void error(String pointer, String message) {
            findings.add(Finding.error(places.at(FILE, pointer), message));
        }
    }
}
