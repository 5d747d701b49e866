package com.sectorweekly.render.markdown;

import com.sectorweekly.render.Format;
import com.sectorweekly.render.TemplateRenderer;
import com.sectorweekly.render.TemplateSource;
import com.sectorweekly.render.chart.ChartPalette;
import com.sectorweekly.render.chart.SvgChart;
import com.sectorweekly.document.ChartFigure;
import com.sectorweekly.document.Document;
import com.sectorweekly.document.PictureFigure;
import com.sectorweekly.document.RichText;
import freemarker.template.TemplateModelException;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The report as Markdown, from {@code templates/markdown/report.ftl} and a partial per block type;
 * each chart is an SVG file beside it, and each picture a copy of its file, which the document links to.
 */
public final class MarkdownRenderer extends TemplateRenderer {

    public MarkdownRenderer(TemplateSource templates) {
        super(templates.configuration("markdown", MarkdownOutputFormat.INSTANCE), "report.ftl",
                MarkdownRenderer::markup);
    }

    @Override
    public Format format() {
        return Format.MD;
    }

    @Override
    protected Map<String, byte[]> companions(Document document) {
        ChartPalette palette = ChartPalette.of(document.colors());
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (ChartFigure chart : document.charts()) {
            files.put(chart.file(), SvgChart.document(chart, palette).getBytes(StandardCharsets.UTF_8));
        }
        for (PictureFigure picture : document.pictures()) {
            files.put(picture.file(), picture.bytes());
        }
        return files;
    }

    private static MarkdownOutputFormat.Model markup(RichText text) throws TemplateModelException {
        StringBuilder md = new StringBuilder();
        for (RichText.Run run : text.runs()) {
            // Only plain text at the start of the line could be read as a list marker ("1. ").
            boolean startsLine = md.isEmpty() && !run.bold();
            String escaped = startsLine ? MarkdownOutputFormat.INSTANCE.escapePlainText(run.text())
                    : MarkdownOutputFormat.INSTANCE.escapeInline(run.text());
            md.append(run.bold() ? "**" + escaped + "**" : escaped);
        }
        return MarkdownOutputFormat.INSTANCE.fromMarkup(md.toString());
    }
}
