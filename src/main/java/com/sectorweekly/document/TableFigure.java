package com.sectorweekly.document;

import java.util.List;
import java.util.Locale;

/**
 * A numbered table (图表N) with its caption, its note if any, and its source line. Cells arrive
 * formatted. Neighbouring columns that share a group are headed by it as well (EPS over 2025E and
 * 2026E); {@code weight} is a column's share of the width.
 */
public record TableFigure(@Verbatim String anchor, String label, String caption, String title, List<Column> columns,
                          List<List<String>> rows, String note, String source) implements Figure, Block {

    public TableFigure {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    @Override
    public String kind() {
        return "table";
    }

    /** Each column's share of the table width, as a CSS percentage. */
    public List<String> widthPercents() {
        double total = columns.stream().mapToDouble(Column::weight).sum();
        return columns.stream()
                .map(c -> String.format(Locale.ROOT, "%.1f%%", 100.0 * c.weight() / total))
                .toList();
    }

    /** Whether any columns share a group heading, which takes a header row of its own. */
    public boolean grouped() {
        return columns.stream().anyMatch(c -> c.group() != null);
    }

    /**
     * The header's first row when grouped: each group once, over its columns, and each column of no
     * group, over both rows.
     */
    public List<HeaderCell> groupRow() {
        List<HeaderCell> cells = new java.util.ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            if (column.group() == null) {
                cells.add(new HeaderCell(column.title(), 1, false));
                continue;
            }
            int span = 1;
            while (i + span < columns.size() && column.group().equals(columns.get(i + span).group())) {
                span++;
            }
            cells.add(new HeaderCell(column.group(), span, true));
            i += span - 1;
        }
        return cells;
    }

    /** A column's title as one line, with its group before it where it has one: EPS（元） 2025E. */
    public List<String> flatTitles() {
        return columns.stream().map(c -> c.group() == null ? c.title() : c.group() + " " + c.title()).toList();
    }

    public enum Align { LEFT, RIGHT, CENTER }

    public record Column(String title, Align align, float weight, String group) {

        public static Column text(String title, float weight) {
            return new Column(title, Align.LEFT, weight, null);
        }

        public static Column number(String title, float weight) {
            return new Column(title, Align.RIGHT, weight, null);
        }

        /** Numbers are set right, in every format. */
        public boolean numeric() {
            return align == Align.RIGHT;
        }
    }

    /** A cell of the group row: a group over {@code span} columns, or a column of no group, over both rows. */
    public record HeaderCell(String title, int span, boolean group) {
    }
}
