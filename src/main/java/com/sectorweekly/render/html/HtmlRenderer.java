package com.sectorweekly.render.html;

import com.sectorweekly.render.Format;
import com.sectorweekly.render.RenderException;
import com.sectorweekly.render.TemplateRenderer;
import com.sectorweekly.render.TemplateSource;
import com.sectorweekly.render.chart.ChartPalette;
import com.sectorweekly.render.chart.SvgChart;
import com.sectorweekly.document.ChartFigure;
import com.sectorweekly.document.Document;
import com.sectorweekly.document.PictureFigure;
import com.sectorweekly.document.RichText;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.utility.DeepUnwrap;
import freemarker.template.TemplateModelException;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;

import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report as one self-contained HTML page, from {@code templates/html/report.ftlh} and a partial
 * per block type; charts are inlined as SVG by the template's {@code svg(figure)}, pictures embedded
 * as data by {@code picture(figure)}, so the page asks for nothing from elsewhere. The stylesheet
 * takes the report's {@code style} as custom properties.
 */
public final class HtmlRenderer extends TemplateRenderer {

    /** A number and the unit set against it: a % sign, or a word or two of Chinese after its magnitudes, dates chained. */
    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile(
            "[+-]?\\d+(?:[.,]\\d+)*(?:[%％]|[十百千万亿兆]*\\p{IsHan}{1,2}(?:\\d+\\p{IsHan})*)");

    private final TemplateSource templates;

    public HtmlRenderer(TemplateSource templates) {
        super(templates.configuration("html", HTMLOutputFormat.INSTANCE), "report.ftlh", HtmlRenderer::markup);
        this.templates = templates;
    }

    @Override
    public Format format() {
        return Format.HTML;
    }

    @Override
    protected Map<String, Object> extras(Document document) throws RenderException {
        ChartPalette palette = ChartPalette.of(document.colors());
        TemplateMethodModelEx svg = args -> {
            if (args.size() != 1 || !(DeepUnwrap.unwrap((TemplateModel) args.get(0)) instanceof ChartFigure figure)) {
                throw new TemplateModelException("svg() takes one chart figure, e.g. ${svg(figure)}");
            }
            return HTMLOutputFormat.INSTANCE.fromMarkup(SvgChart.element(figure, palette, figure.anchor() + "-caption"));
        };
        TemplateMethodModelEx picture = args -> {
            if (args.size() != 1 || !(DeepUnwrap.unwrap((TemplateModel) args.get(0)) instanceof PictureFigure figure)) {
                throw new TemplateModelException("picture() takes one picture figure, e.g. ${picture(figure)}");
            }
            return "data:" + figure.mediaType() + ";base64," + Base64.getEncoder().encodeToString(figure.bytes());
        };
        return Map.of("svg", svg, "picture", picture, "style", templates.style());
    }

    private static TemplateHTMLOutputModel markup(RichText text) throws TemplateModelException {
        StringBuilder html = new StringBuilder();
        for (RichText.Run run : text.runs()) {
            String marked = unbroken(run.text());
            if (run.role() != null) {
                marked = "<span class=\"" + run.role() + "\">" + marked + "</span>";
            }
            html.append(run.bold() ? "<strong>" + marked + "</strong>" : marked);
        }
        return HTMLOutputFormat.INSTANCE.fromMarkup(html.toString());
    }

    /**
     * The text escaped, each number kept on one line with the unit the typography set against it
     * (214亿美元, 26.57%, 2026年2月), as the PDF keeps them: a phone's narrow line would part them.
     */
    private static String unbroken(String text) throws TemplateModelException {
        StringBuilder html = new StringBuilder();
        Matcher m = NUMBER_WITH_UNIT.matcher(text);
        int at = 0;
        while (m.find()) {
            html.append(HTMLOutputFormat.INSTANCE.escapePlainText(text.substring(at, m.start())))
                    .append("<span class=\"nowrap\">").append(HTMLOutputFormat.INSTANCE.escapePlainText(m.group())).append("</span>");
            at = m.end();
        }
        return html.append(HTMLOutputFormat.INSTANCE.escapePlainText(text.substring(at))).toString();
    }
}
