package com.sectorweekly.render.pdf;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.DomElement;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.parser.resources.ResourcePolicy;
import com.sectorweekly.document.PictureFigure;
import com.sectorweekly.render.chart.ChartFont;

import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;

/**
 * SVG pictures for the PDF, drawn as vectors. Their text is set in the report's own face, which is
 * registered with Java2D for the purpose: a machine without Chinese fonts would otherwise draw an
 * SVG's Chinese labels as boxes, and one with them in a face the report does not use.
 */
final class SvgPictures {

    private static final String FAMILY = Holder.FAMILY;

    private SvgPictures() {
    }

    static SVGDocument load(PictureFigure figure) {
        SVGDocument document = new SVGLoader().load(new ByteArrayInputStream(figure.bytes()), null,
                LoaderContext.builder()
                        .externalResourcePolicy(ResourcePolicy.DENY_EXTERNAL)
                        .preProcessor(SvgPictures::inReportFace)
                        .build());
        if (document == null) {
            throw new IllegalStateException("picture " + figure.file() + " no longer reads as SVG");
        }
        return document;
    }

    /** Every text in the report's face, whatever family the drawing asked for. */
    private static void inReportFace(DomElement element) {
        if (element.parent() == null || element.attribute("font-family") != null) {
            element.setAttribute("font-family", FAMILY);
        }
        String style = element.attribute("style");
        if (style != null && style.contains("font-family")) {
            element.setAttribute("style", style.replaceAll("font-family\\s*:[^;]*", "font-family:" + FAMILY));
        }
        element.children().forEach(SvgPictures::inReportFace);
    }

    /** Registered once, before the SVG library first looks at the machine's fonts, which it does once. */
    private static final class Holder {
        static final String FAMILY = register();

        private static String register() {
            java.awt.Font face = ChartFont.of(1);
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(face);
            return face.getFamily();
        }
    }
}
