package com.sectorweekly.check;

import com.sectorweekly.content.ContentLoader;
import com.sectorweekly.content.Location;
import com.sectorweekly.content.Places;
import com.sectorweekly.model.Chapters;
import com.sectorweekly.model.CoreData;
import com.sectorweekly.model.DataTable;
import com.sectorweekly.model.DataValues;
import com.sectorweekly.model.Week;

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
        Week week = input.week().week();
        List<Finding> findings = new ArrayList<>();
        walk(week.chapters().chapters(), "/chapters", (chapter, at) -> {
            for (int b = 0; b < chapter.blocks().size(); b++) {
                new Block(input, chapter.blocks().get(b), at + "/blocks/" + b, findings).check();
            }
        });
        return findings;
    }

    /** Every chapter and section, depth first, with its pointer. */
    static void walk(List<Chapters.Chapter> chapters, String at, ChapterVisit visit) {
        for (int i = 0; i < chapters.size(); i++) {
            visit.accept(chapters.get(i), at + "/" + i);
            walk(chapters.get(i).sections(), at + "/" + i + "/sections", visit);
        }
    }

    interface ChapterVisit {
        void accept(Chapters.Chapter chapter, String pointer);
    }

    /** One block's checks. */
    private static final class Block {
        private final CheckInput input;
        private final Chapters.Block block;
        private final String at;
        private final List<Finding> findings;
        private final Places places;

        Block(CheckInput input, Chapters.Block block, String at, List<Finding> findings) {
            this.input = input;
            this.block = block;
            this.at = at;
            this.findings = findings;
            this.places = input.week().places();
        }

        void check() {
            if (block.kindsGiven() != 1) {
                error(at, "a block is one of " + String.join(", ", Chapters.Block.KINDS) + "; this one gives "
                        + (block.kindsGiven() == 0 ? "none" : block.kindsGiven() + " of them"));
                return;
            }
            if (block.table() != null) {
                table(block.table(), at + "/table");
            } else if (block.chart() != null) {
                chart(block.chart(), at + "/chart");
            } else if (block.forecast() != null) {
                forecast(block.forecast(), at + "/forecast");
            }
        }

        private void table(Chapters.Table table, String pointer) {
            DataTable data = data(table, pointer, "a table");
            if (data == null) {
                return;
            }
            if (table.columns().size() > data.header().size()) {
                error(pointer + "/columns", "columns describes " + table.columns().size() + " columns, but the table has "
                        + data.header().size() + " (" + String.join(", ", data.header()) + ")");
            }
            // A table's cells are printed as prose is, KPI placeholders filled: the ones they quote must exist.
            Map<String, CoreData.Kpi> kpis = input.week().week().coreData().kpisById();
            KpiPlaceholders.problems(String.join(" ", data.header()), kpis)
                    .forEach(problem -> dataError(table, data, pointer, 1, problem));
            for (int r = 0; r < data.rows().size(); r++) {
                int row = r + 2;
                KpiPlaceholders.problems(String.join(" ", data.rows().get(r)), kpis)
                        .forEach(problem -> dataError(table, data, pointer, row, problem));
            }
        }

        private void chart(Chapters.ChartData chart, String pointer) {
            DataTable data = data(chart, pointer, "a chart");
            if (data == null) {
                return;
            }
            if (data.header().size() < 2) {
                dataError(chart, data, pointer, 1, "a chart needs a column of names or dates and at least one of figures");
                return;
            }
            boolean oneSeries = List.of("ranking", "pie", "donut").contains(chart.kind());
            if (oneSeries && data.header().size() != 2) {
                dataError(chart, data, pointer, 1, "a " + chart.kind() + " chart takes two columns, names and figures; this has "
                        + data.header().size());
            }
            if (chart.isStacked() && !chart.kind().equals("bar")) {
                error(pointer + "/stacked", "only bars are stacked; a " + chart.kind() + " chart is not");
            }
            for (int r = 0; r < data.rows().size(); r++) {
                List<String> row = data.rows().get(r);
                if (chart.kind().equals("line") && DataValues.date(row.get(0)).isEmpty()) {
                    dataError(chart, data, pointer, r + 2, "'" + row.get(0) + "' is not a date; a line chart's first "
                            + "column holds dates, written 2026-01-02 (or 2026/1/2, or 2026-01 for a month)");
                }
                for (int c = 1; c < row.size(); c++) {
                    if (!DataValues.isNumberOrEmpty(row.get(c))) {
                        dataError(chart, data, pointer, r + 2, "'" + row.get(c) + "' under " + data.header().get(c)
                                + " is not a number; write figures as 1234.5, 12.3% or - for none");
                    }
                }
            }
            if (chart.kind().equals("pie") || chart.kind().equals("donut")) {
                boolean negative = data.rows().stream().anyMatch(row -> DataValues.number(row.get(1))
                        .map(v -> v.signum() < 0).orElse(false));
                if (negative) {
                    dataError(chart, data, pointer, 1, "a " + chart.kind() + " shows shares of a whole; its figures cannot be negative");
                }
            }
            for (int i = 0; i < chart.lineSeries().size(); i++) {
                if (!chart.kind().equals("bar")) {
                    error(pointer + "/line_series", "line_series draws lines beside bars; a " + chart.kind() + " chart has none");
                } else if (!data.header().subList(1, data.header().size()).contains(chart.lineSeries().get(i))) {
                    error(pointer + "/line_series/" + i, "line_series names '" + chart.lineSeries().get(i)
                            + "', which is not a column; the columns are: " + String.join(", ", data.header().subList(1, data.header().size())));
                }
            }
            List<String> names = data.rows().stream().map(row -> row.get(0)).toList();
            if (chart.forecastFrom() != null && !names.contains(chart.forecastFrom())) {
                error(pointer + "/forecast_from", "forecast_from '" + chart.forecastFrom() + "' is not among the chart's "
                        + "periods: " + String.join(", ", names));
            }
            if (chart.highlight() != null && !names.contains(chart.highlight())) {
                error(pointer + "/highlight", "highlight '" + chart.highlight() + "' is not among the chart's names"
                        + Names.nearest(chart.highlight(), names).map(n -> "; did you mean '" + n + "'?").orElse(""));
            }
            if (chart.cumulativeFrom() != null) {
                cumulative(chart, data, pointer);
            }
        }

        /** A cumulative return needs, in each series, a figure on or after the base date that is not zero. */
        private void cumulative(Chapters.ChartData chart, DataTable data, String pointer) {
            if (!chart.kind().equals("line")) {
                error(pointer + "/cumulative_from", "cumulative_from makes lines of cumulative returns; a "
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
                    error(pointer + "/cumulative_from", data.header().get(c) + " has no figure other than 0 on or after "
                            + chart.cumulativeFrom() + " to count returns from");
                }
            }
        }

        private void forecast(Chapters.Forecast forecast, String pointer) {
            int years = forecast.years().size();
            if (years == 0) {
                error(pointer + "/years", "years lists none; a forecast shows EPS and P/E for each year, e.g. [2025E, 2026E, 2027E]");
            }
            for (int i = 0; i < forecast.companies().size(); i++) {
                Chapters.ForecastRow row = forecast.companies().get(i);
                String at = pointer + "/companies/" + i;
                if (row.eps().size() != years) {
                    error(at + "/eps", row.name() + " has " + row.eps().size() + " EPS figures for " + years + " years ("
                            + String.join(", ", forecast.years()) + ")");
                }
                if (row.pe() != null && row.pe().size() != years) {
                    error(at + "/pe", row.name() + " has " + row.pe().size() + " P/E figures for " + years + " years");
                }
            }
        }

        /** The figures a table or chart names, or null (with a finding) when they cannot be had. */
        private DataTable data(Chapters.DataSource source, String pointer, String what) {
            if (source.sourcesGiven() != 1) {
                error(pointer, what + "'s figures come from one of rows, csv or xlsx; this gives "
                        + (source.sourcesGiven() == 0 ? "none" : source.sourcesGiven()));
                return null;
            }
            if (source.rows() != null) {
                List<List<String>> rows = source.rows();
                if (rows.size() < 2) {
                    error(pointer + "/rows", "rows needs a row of column titles, then rows of figures");
                    return null;
                }
                for (int r = 1; r < rows.size(); r++) {
                    if (rows.get(r).size() != rows.get(0).size()) {
                        error(pointer + "/rows/" + r, "this row has " + rows.get(r).size() + " cells, the titles "
                                + rows.get(0).size());
                        return null;
                    }
                }
                return new DataTable("", rows.get(0), rows.subList(1, rows.size()));
            }
            return input.week().week().tables().get(DataTable.key(source));
        }

        /** A finding about a row of a chart's data: in its file, or at the row in the YAML. */
        private void dataError(Chapters.DataSource source, DataTable data, String pointer, int row, String message) {
            Location where = source.rows() != null ? places.at(FILE, pointer + "/rows/" + (row - 1))
                    : new Location(data.file(), source.csv() != null ? row : 0, 0);
            findings.add(Finding.error(where, source.rows() == null && source.csv() == null ? "row " + row + ": " + message : message));
        }

        private void error(String pointer, String message) {
            findings.add(Finding.error(places.at(FILE, pointer), message));
        }
    }
}
