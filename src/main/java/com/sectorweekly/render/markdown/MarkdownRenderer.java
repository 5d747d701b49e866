package com.sectorweekly.render.markdown;

import com.sectorweekly.render.Format;
import com.sectorweekly.render.TemplateRenderer;
import com.sectorweekly.render.TemplateSource;
import com.sectorweekly.report.RichText;
import freemarker.template.TemplateModelException;

/** The report as Markdown, from {@code templates/markdown/report.ftl}. */
public final class MarkdownRenderer extends TemplateRenderer {

    public MarkdownRenderer(TemplateSource templates) {
        super(templates.configuration("markdown", MarkdownOutputFormat.INSTANCE), "report.ftl",
                MarkdownRenderer::markup);
    }

    @Override
    public Format format() {
        return Format.MD;
    }

    private static MarkdownOutputFormat.Model markup(RichText text) throws TemplateModelException {
        StringBuilder md = new StringBuilder();
        for (RichText.Run run : text.runs()) {
            String escaped = MarkdownOutputFormat.INSTANCE.escapePlainText(run.text());
            md.append(run.bold() ? "**" + escaped + "**" : escaped);
        }
        return MarkdownOutputFormat.INSTANCE.fromMarkup(md.toString());
    }
}
