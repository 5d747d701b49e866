package com.sectorweekly.document;

/** A numbered chart drawn from data; {@code file} is the SVG drawing a Markdown report links to. */
public record ChartFigure(@Verbatim String anchor, String label, String caption, String title, String note, String source,
                          @Verbatim String file, Chart chart) implements Graphic {

    @Override
    public boolean wide() {
        return chart.wide();
    }

    @Override
    public Graphic widened() {
        return new ChartFigure(anchor, label, caption, title, note, source, file, chart.widened());
    }

    @Override
    public String kind() {
        return "chart";
    }
}
