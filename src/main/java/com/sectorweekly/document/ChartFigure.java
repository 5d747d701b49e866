package com.sectorweekly.document;

/**
 * A numbered chart. {@code file} is the name of the SVG drawing a Markdown report links to,
 * written beside it.
 */
public record ChartFigure(String anchor, String label, String caption, String title, String source, String file, Chart chart)
        implements Figure {
}
