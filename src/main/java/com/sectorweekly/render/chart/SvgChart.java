package com.sectorweekly.render.chart;

import com.sectorweekly.report.ChartFigure;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A chart as SVG: an element to inline in HTML, which scales with the page, or a standalone
 * document for a Markdown report to link to. Ids are prefixed with the figure's anchor, so the
 * charts of one page cannot clash, and coordinates are rounded to 0.01: the same data gives the
 * same bytes.
 */
public final class SvgChart {

    /** The face the drawing was measured with, its system twin, then any sans-serif. */
    private static final String FONT_FAMILIES = "\"Noto Sans SC\", \"Noto Sans CJK SC\", sans-serif";

    private SvgChart() {
    }

    /** For inlining: no fixed size, a view box, and the caption's id as its accessible name. */
    public static String element(ChartFigure figure, ChartPalette palette, String labelledBy) {
        SVGGraphics2D svg = draw(figure, palette);
        ChartDrawing.Size size = ChartDrawing.size(figure.chart());
        String element = svg.getSVGElement(figure.anchor() + "-svg", false,
                new ViewBox(0, 0, (int) Math.ceil(size.width()), (int) Math.ceil(size.height())), null, null);
        return withoutJFreeNamespace(element)
                .replaceFirst("<svg ", "<svg role=\"img\" aria-labelledby=\"" + labelledBy + "\" ");
    }

    /** A standalone SVG file. */
    public static String document(ChartFigure figure, ChartPalette palette) {
        return withoutJFreeNamespace(draw(figure, palette).getSVGDocument());
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
        ChartDrawing.paint(figure.chart(), palette, svg);
        svg.dispose();
        return svg;
    }

    private static String round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
