package com.sectorweekly.document;

import java.util.List;

/**
 * A numbered table (图表N) with its caption and source line. Cells arrive formatted; a numeric
 * column is right-aligned by every format. {@code weight} is the column's share of the width.
 */
public record TableFigure(String anchor, String label, String caption, String title, List<Column> columns,
                          List<List<String>> rows, String source) implements Figure, Block {

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
                .map(c -> String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * c.weight() / total))
                .toList();
    }

    public record Column(String title, boolean numeric, float weight) {
    }
}
