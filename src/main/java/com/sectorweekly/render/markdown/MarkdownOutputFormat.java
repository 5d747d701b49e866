package com.sectorweekly.render.markdown;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;

import java.io.IOException;
import java.io.Writer;
import java.util.regex.Pattern;

/**
 * FreeMarker output format for Markdown: every value printed with {@code ${…}} has the characters
 * escaped that would otherwise turn content into structure (emphasis, links, tables, HTML).
 */
final class MarkdownOutputFormat extends CommonMarkupOutputFormat<MarkdownOutputFormat.Model> {

    static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();
    private static final String SPECIAL = "\\`*_[]<>|#";

    private MarkdownOutputFormat() {
    }

    @Override
    public String getName() {
        return "Markdown";
    }

    @Override
    public String getMimeType() {
        return "text/markdown";
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(escapePlainText(textToEsc));
    }

    /** "1. Segment views" at the start of a line would begin an ordered list. */
    private static final Pattern LIST_MARKER = Pattern.compile("^(\\d{1,9})([.)])(?=\\s|$)");

    /** Text that may begin a line: what would start a list is escaped too. */
    @Override
    public String escapePlainText(String plainTextContent) {
        return LIST_MARKER.matcher(escapeInline(plainTextContent)).replaceFirst("$1\\\\$2");
    }

    /** Text inside a line, where only emphasis, links, tables and HTML need escaping. */
    String escapeInline(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected Model newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Model(plainTextContent, markupContent);
    }

    static final class Model extends CommonTemplateMarkupOutputModel<Model> {
        Model(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public MarkdownOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }
}
