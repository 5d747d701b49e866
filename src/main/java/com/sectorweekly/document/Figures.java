package com.sectorweekly.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Charts and pictures that follow one another, set as a grid: a wide one takes a row, narrow ones
 * share one, two by two. A narrow one left without a partner (the last of an odd run) is set wide,
 * so no row is half empty, in any format that sets a grid.
 */
public record Figures(List<Graphic> figures, boolean oneColumn) implements Block {

    public Figures {
        figures = List.copyOf(figures);
    }

    public Figures(List<Graphic> figures) {
        this(figures, false);
    }

    /** The same figures in a column of their own, such as page 1's panel: a figure a row, each as drawn. */
    public Figures inOneColumn() {
        return new Figures(figures, true);
    }

    /**
     * The grid's rows as they are set: one figure, or two narrow ones; a lone narrow one widened.
     * In one column, each figure is a row as it is.
     */
    public List<List<Graphic>> rows() {
        List<List<Graphic>> rows = new ArrayList<>();
        if (oneColumn) {
            figures.forEach(figure -> rows.add(List.of(figure)));
            return rows;
        }
        int i = 0;
        while (i < figures.size()) {
            Graphic first = figures.get(i++);
            if (first.wide()) {
                rows.add(List.of(first));
            } else if (i < figures.size() && !figures.get(i).wide()) {
                rows.add(List.of(first, figures.get(i++)));
            } else {
                rows.add(List.of(first.widened()));
            }
        }
        return rows;
    }

    @Override
    public String kind() {
        return "figures";
    }
}
