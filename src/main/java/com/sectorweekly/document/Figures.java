package com.sectorweekly.document;

import java.util.List;

/** Charts and pictures that follow one another, set as a grid: a wide one takes a row, narrow ones share one. */
public record Figures(List<Graphic> figures) implements Block {

    public Figures {
        figures = List.copyOf(figures);
    }

    @Override
    public String kind() {
        return "figures";
    }
}
