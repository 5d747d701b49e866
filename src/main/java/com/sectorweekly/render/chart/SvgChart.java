package com.sectorweekly.render.chart;

import com.sectorweekly.document.ChartFigure;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A chart as SVG: an element to inline in HTML, which scales with the page, or a standalone
 * document for a Markdown report to link to. Ids are prefixed with the figure's anchor, so the
 * charts of one page cannot clash, and coordinates are rounded to 0.01: the same data gives the
 * same bytes.
 */
public final class SvgChart {

    /** The face the drawing was measured with, its system twin, then any sans-serif. */
    private static final String FONT_FAMILIES = "\"Noto Sans SC\", \"Noto Sans CJK SC\", sans-serif";

    /** The charts drawn lately: a build's Markdown and HTML show the same charts, drawn once for both. */
    private static final int RECENT_DRAWINGS = 64;
    private static final Map<Key, Drawing> RECENT = Collections.synchronizedMap(
            new LinkedHashMap<>(RECENT_DRAWINGS, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, Drawing> eldest) {
                    return size() > RECENT_DRAWINGS;
                }
            });

    private record Key(ChartFigure figure, ChartPalette palette) {
    }

    /** One drawing, written out as an element or a document when first asked for. */
    private static final class Drawing {
        private final ChartFigure figure;
        private final SVGGraphics2D svg;
        private String element;
        private String document;

        Drawing(ChartFigure figure, ChartPalette palette) {
            this.figure = figure;
            this.svg = draw(figure, palette);
        }

        synchronized String element() {
            if (element == null) {
                element = withoutJFreeNamespace(svg.getSVGElement(figure.anchor() + "-svg", false, viewBox(), null, null));
            }
            return element;
        }

        /** With its size and a view box, so that a Markdown viewer can scale it to its column. */
        synchronized String document() {
            if (document == null) {
                document = "<?xml version=\"1.0\"?>\n" + withoutJFreeNamespace(svg.getSVGElement(null, true, viewBox(), null, null));
            }
            return document;
        }

        private ViewBox viewBox() {
            ChartDrawing.Size size = ChartDrawing.size(figure.chart());
            return new ViewBox(0, 0, (int) Math.ceil(size.width()), (int) Math.ceil(size.height()));
        }
    }

    private SvgChart() {
    }

    /** For inlining: no fixed size, a view box, and the caption's id as its accessible name. */
    public static String element(ChartFigure figure, ChartPalette palette, String labelledBy) {
        return drawing(figure, palette).element()
                .replaceFirst("<svg ", "<svg role=\"img\" aria-labelledby=\"" + labelledBy + "\" ");
    }

    /** A standalone SVG file. */
    public static String document(ChartFigure figure, ChartPalette palette) {
        return drawing(figure, palette).document();
    }

    private static Drawing drawing(ChartFigure figure, ChartPalette palette) {
        Key key = new Key(figure, palette);
        Drawing drawing = RECENT.get(key);
        if (drawing == null) {
            // Two threads may draw the same chart at once; both drawings are the same bytes.
            drawing = new Drawing(figure, palette);
            RECENT.put(key, drawing);
        }
        return drawing;
    }

    /** JFreeSVG declares a namespace of its own that our drawings never use and HTML does not allow. */
    private static String withoutJFreeNamespace(String svg) {
        return svg.replace(" xmlns:jfreesvg='http://www.jfree.org/jfreesvg/svg'", "");
    }

    private static SVGGraphics2D draw(ChartFigure figure, ChartPalette palette) {
        ChartDrawing.Size size = ChartDrawing.size(figure.chart());
        SVGGraphics2D svg = new SVGGraphics2D(size.width(), size.height());
        svg.setDefsKeyPrefix(figure.anchor() + "-");
        svg.setFontFunction(family -> FONT_FAMILIES);
        svg.setGeomDoubleConverter(SvgChart::round);
        svg.setTransformDoubleConverter(SvgChart::round);
        svg.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        ChartDrawing.paint(figure.chart(), palette, svg, size);
        svg.dispose();
        return svg;
    }

    /**
     * A coordinate to two decimals, half up, without trailing zeros. Written out by hand because a
     * chart has thousands and BigDecimal took a quarter of drawing one; a value within a hair of a
     * tie goes the BigDecimal way, which rounds its decimal form, not its binary one.
     */
    static String round(double value) {
        double hundredths = Math.abs(value) * 100;
        double fraction = hundredths - Math.floor(hundredths);
        if (Double.isNaN(value) || Double.isInfinite(value) || hundredths > 1e15 || Math.abs(fraction - 0.5) < 1e-6) {
            return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }
        long rounded = Math.round(hundredths);
        if (rounded == 0) {
            return "0";
        }
        StringBuilder text = new StringBuilder(value < 0 ? "-" : "").append(rounded / 100);
        long cents = rounded % 100;
        if (cents != 0) {
            text.append('.').append(cents / 10);
            if (cents % 10 != 0) {
                text.append(cents % 10);
            }
        }
        return text.toString();
    }
}
