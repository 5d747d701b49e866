package com.sectorweekly.render;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The report's look, from {@code templates/style.yaml}: neutral colours, type sizes, line heights and
 * page margins. The PDF is laid out with these values, and the HTML's stylesheet takes them as
 * custom properties, so a restyle is one edit for both.
 */
public record ReportStyle(Colors colors, Sizes sizes, Leading leading, Page page) {

    public static final String FILE = "style.yaml";
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern NULL = Pattern.compile("Null value for creator property '([^']+)'");
    private static final Pattern MISSING = Pattern.compile("Missing (?:required )?creator property '([^']+)'");
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public record Colors(Colour text, Colour muted, Colour rule, Colour zebra, Colour panel) {
    }

    /** A colour written #rrggbb, as CSS and the PDF both take it. */
    public record Colour(String hex) {

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public Colour {
            if (hex == null || !HEX.matcher(hex).matches()) {
                throw new IllegalArgumentException("'" + hex + "' is not a colour; write it as \"#rrggbb\"");
            }
        }

        @Override
        public String toString() {
            return hex;
        }
    }

    public record Sizes(float body, float cover, float small, float table, float caption, float source, float chapter,
                        float section, float coverHeading, float headline, float sectorTitle, float reportType,
                        float rating, float runningHeader, float footer, float contacts) {
    }

    public record Leading(float body, float cover, float small) {
    }

    public record Page(float side, float top, float firstTop, float bottom) {
    }

    /**
     * The style file's text read; a mistake in it is named with its line and column.
     *
     * @param name the file as the designer knows it, for messages
     */
    public static ReportStyle parse(byte[] yaml, String name) throws RenderException {
        String text = new String(yaml, StandardCharsets.UTF_8);
        if (text.lines().allMatch(line -> line.isBlank() || line.strip().startsWith("#"))) {
            throw new RenderException(name + ": the file is empty; it sets colors, sizes, leading and page");
        }
        ReportStyle style;
        try {
            style = YAML.readValue(yaml, ReportStyle.class);
        } catch (JacksonException e) {
            throw new RenderException(name + place(e, text) + ": " + problem(e), e);
        } catch (java.io.IOException e) {
            throw new RenderException(name + " cannot be read: " + e.getMessage(), e);
        }
        for (Record part : List.of(style.sizes, style.leading, style.page)) {
            String section = PropertyNamingStrategies.SnakeCaseStrategy.INSTANCE.translate(
                    part.getClass().getSimpleName().toLowerCase(Locale.ROOT));
            for (RecordComponent component : part.getClass().getRecordComponents()) {
                float value = (float) read(component, part);
                if (!(value > 0)) {
                    String key = PropertyNamingStrategies.SnakeCaseStrategy.INSTANCE.translate(component.getName());
                    throw new RenderException(name + lineOf(text, section, key) + ": '" + section + "." + key + "' is "
                            + number(value) + "; sizes, line heights and margins are numbers above 0");
                }
            }
        }
        return style;
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Where the mistake is, as ":line:column". A record's keys are gathered before it is made, so
     * for a key too many the parser stands at the mapping's end: that key's own line, under its
     * section, is found instead.
     */
    private static String place(JacksonException e, String yaml) {
        if (e instanceof UnrecognizedPropertyException unknown && !unknown.getPath().isEmpty()) {
            List<JsonMappingException.Reference> path = unknown.getPath();
            String section = path.size() > 1 ? path.get(path.size() - 2).getFieldName() : null;
            String found = lineOf(yaml, section, unknown.getPropertyName());
            if (!found.isEmpty()) {
                return found;
            }
        }
        JsonLocation at = e.getLocation();
        return at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
    }

    /** ":line:column" of a key, the first after its section's own line (anywhere, for a top-level key), or "". */
    private static String lineOf(String yaml, String section, String key) {
        int from = 0;
        if (section != null) {
            Matcher start = Pattern.compile("(?m)^" + Pattern.quote(section) + "\\s*:").matcher(yaml);
            if (!start.find()) {
                return "";
            }
            from = start.end();
        }
        Matcher line = Pattern.compile("(?m)^([ \\t]*)" + Pattern.quote(key) + "\\s*:").matcher(yaml);
        if (!line.find(from)) {
            return "";
        }
        return ":" + yaml.substring(0, line.start()).split("\n", -1).length + ":" + (line.group(1).length() + 1);
    }

    /** What is wrong, in the file's own terms: the key's path and what it should hold. */
    private static String problem(JacksonException e) {
        String path = e instanceof JsonMappingException mapping ? mapping.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")) : "";
        String key = path.isEmpty() ? "" : "'" + path + "': ";
        Matcher missing = MISSING.matcher(e.getOriginalMessage());
        if (missing.find()) {
            return "'" + (path.endsWith(missing.group(1)) ? path : missing.group(1)) + "' is missing";
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown key '" + unknown.getPropertyName() + "'" + (path.contains(".") ? " in '"
                    + path.substring(0, path.lastIndexOf('.')) + "'" : "") + "; expected one of: "
                    + unknown.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
        }
        if (e instanceof InvalidFormatException invalid) {
            return key + "'" + invalid.getValue() + "' is not a number";
        }
        Matcher empty = NULL.matcher(e.getOriginalMessage());
        if (empty.find()) {
            return "'" + (path.endsWith(empty.group(1)) ? path : empty.group(1)) + "' is empty; write a value"
                    + (path.startsWith("colors") ? " (a colour in quotes: \"#rrggbb\"; unquoted, # starts a comment)" : "");
        }
        if (e.getCause() instanceof IllegalArgumentException bad) {
            return key + bad.getMessage();
        }
        return key + e.getOriginalMessage();
    }

    /**
     * The custom properties the HTML's stylesheet uses: colours as written, sizes in rem (the body
     * text is 1rem), line heights as plain numbers, the body's printed size in points.
     */
    public Map<String, String> cssProperties() {
        Map<String, String> css = new LinkedHashMap<>();
        css.put("text", colors.text.hex);
        css.put("muted", colors.muted.hex);
        css.put("rule", colors.rule.hex);
        css.put("zebra", colors.zebra.hex);
        css.put("panel", colors.panel.hex);
        css.put("print-body", number(sizes.body) + "pt");
        Map<String, Float> sized = new LinkedHashMap<>();
        sized.put("cover", sizes.cover);
        sized.put("small", sizes.small);
        sized.put("table", sizes.table);
        sized.put("caption", sizes.caption);
        sized.put("source", sizes.source);
        sized.put("chapter", sizes.chapter);
        sized.put("section", sizes.section);
        sized.put("cover-heading", sizes.coverHeading);
        sized.put("headline", sizes.headline);
        sized.put("sector-title", sizes.sectorTitle);
        sized.put("report-type", sizes.reportType);
        sized.put("rating", sizes.rating);
        sized.put("running-header", sizes.runningHeader);
        sized.put("contacts", sizes.contacts);
        sized.forEach((name, size) -> css.put("size-" + name, number(size / sizes.body) + "rem"));
        css.put("leading-body", number(leading.body));
        css.put("leading-cover", number(leading.cover));
        css.put("leading-small", number(leading.small));
        return css;
    }

    /** The printed page's margins as CSS's {@code @page} takes them, which custom properties do not reach. */
    public String cssPageMargin() {
        return number(page.top) + "pt " + number(page.side) + "pt " + number(page.bottom) + "pt";
    }

    /** Page 1's top margin, for {@code @page :first}: it has no running header. */
    public String cssFirstPageTop() {
        return number(page.firstTop) + "pt";
    }

    /** A size as CSS writes it: at most three decimals, no trailing zeros. */
    private static String number(double value) {
        String text = String.format(Locale.ROOT, "%.3f", value);
        return text.replaceAll("\\.?0+$", "");
    }
}
