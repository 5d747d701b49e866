package com.sectorweekly.render;

import com.sectorweekly.document.Document;
import com.sectorweekly.document.RichText;
import freemarker.core.TemplateMarkupOutputModel;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A format written by a FreeMarker template, which walks the document tree with one macro per block
 * type. The template receives the {@code document}, its {@code labels}, {@code rich(text)}, which
 * prints rich text as markup of the template's own format, and whatever else the format adds.
 */
public abstract class TemplateRenderer implements Renderer {

    private final Configuration configuration;
    private final String templateName;
    private final TemplateMethodModelEx rich;

    protected TemplateRenderer(Configuration configuration, String templateName,
                               RichMarkup richMarkup) {
        this.configuration = configuration;
        this.templateName = templateName;
        this.rich = args -> {
            if (args.size() != 1 || !(DeepUnwrap.unwrap((TemplateModel) args.get(0)) instanceof RichText text)) {
                throw new TemplateModelException("rich() takes one rich text, e.g. ${rich(view)}");
            }
            return richMarkup.apply(text);
        };
    }

    /** Prints rich text as markup of one output format. */
    @FunctionalInterface
    protected interface RichMarkup {
        TemplateMarkupOutputModel<?> apply(RichText text) throws TemplateModelException;
    }

    /** Further functions the template may call beside {@code rich}, and values it may print. */
    protected Map<String, Object> extras(Document document) throws RenderException {
        return Map.of();
    }

    /** Files the document refers to, by name, written beside it. */
    protected Map<String, byte[]> companions(Document document) throws RenderException {
        return Map.of();
    }

    @Override
    public Rendered render(Document document, Set<Format> formats) throws RenderException {
        return new Rendered(write(document), companions(document));
    }

    private byte[] write(Document document) throws RenderException {
        StringWriter out = new StringWriter(64 * 1024);
        Map<String, Object> model = new HashMap<>(extras(document));
        model.put("document", document);
        model.put("labels", document.labels());
        model.put("rich", rich);
        try {
            configuration.getTemplate(templateName).process(model, out);
        } catch (TemplateException e) {
            throw new RenderException(format().displayName() + " template error in " + e.getTemplateSourceName()
                    + " line " + e.getLineNumber() + ": " + e.getMessageWithoutStackTop(), e);
        } catch (IOException e) {
            throw new RenderException(format().displayName() + " template " + templateName + " cannot be read: "
                    + e.getMessage(), e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
