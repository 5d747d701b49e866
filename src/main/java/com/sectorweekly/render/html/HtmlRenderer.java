package com.sectorweekly.render.html;

import com.sectorweekly.render.Format;
import com.sectorweekly.render.TemplateRenderer;
import com.sectorweekly.render.TemplateSource;
import com.sectorweekly.report.RichText;
import freemarker.template.TemplateModelException;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;

/** The report as one self-contained HTML page, from {@code templates/html/report.ftlh}. */
public final class HtmlRenderer extends TemplateRenderer {

    public HtmlRenderer(TemplateSource templates) {
        super(templates.configuration("html", HTMLOutputFormat.INSTANCE), "report.ftlh", HtmlRenderer::markup);
    }

    @Override
    public Format format() {
        return Format.HTML;
    }

    private static TemplateHTMLOutputModel markup(RichText text) throws TemplateModelException {
        StringBuilder html = new StringBuilder();
        for (RichText.Run run : text.runs()) {
            String escaped = HTMLOutputFormat.INSTANCE.escapePlainText(run.text());
            html.append(run.bold() ? "<strong>" + escaped + "</strong>" : escaped);
        }
        return HTMLOutputFormat.INSTANCE.fromMarkup(html.toString());
    }
}
