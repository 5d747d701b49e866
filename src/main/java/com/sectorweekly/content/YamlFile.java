package com.sectorweekly.content;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.sectorweekly.model.ContentFields;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads one YAML content file into its record, and keeps where each value stands so that later
 * checks can name the line and column. Refuses files that are too large, too deep, or that expand
 * aliases without bound.
 */
final class YamlFile<T> {

    static final int MAX_BYTES = 1 << 20;
    private static final int MAX_ALIASES = 50;
    private static final int MAX_DEPTH = 30;

    private static final YAMLFactory FACTORY = createFactory();
    private static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
            .addModule(new JavaTimeModule())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();
    /** For a file whose only fault is keys it does not know, reported apart. */
    private static final ObjectMapper LENIENT = MAPPER.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final T value;
    private final String name;
    private final Map<String, Location> locations;
    /** The file's lines as written, to place a word inside a value. */
    private final List<String> lines;
    /** Keys the file holds that its record does not know: errors that did not stop it from being read. */
    private final List<Problem> strayKeys;

    private YamlFile(T value, String name, Map<String, Location> locations, List<String> lines, List<Problem> strayKeys) {
        this.value = value;
        this.name = name;
        this.locations = locations;
        this.lines = lines;
        this.strayKeys = List.copyOf(strayKeys);
    }

    List<Problem> strayKeys() {
        return strayKeys;
    }

    T value() {
        return value;
    }

    String name() {
        return name;
    }

    /**
     * Where the value at a JSON pointer ({@code /segments/0/week_change}) stands, or its nearest
     * enclosing value that does, or the file.
     */
    Location at(String pointer) {
        return at(locations, name, pointer);
    }

    /**
     * Where a piece of a value's text stands: the first place it is written at or after the value's
     * start, on the value's lines; the value's place where the piece is split across lines.
     */
    Location at(String pointer, String piece) {
        Location value = at(pointer);
        for (int line = Math.max(1, value.line()); value.line() > 0 && line <= lines.size(); line++) {
            String text = lines.get(line - 1);
            int from = line == value.line() ? Math.max(0, text.offsetByCodePoints(0,
                    Math.min(value.column() - 1, text.codePointCount(0, text.length())))) : 0;
            int found = text.indexOf(piece, from);
            if (found >= 0) {
                return new Location(name, line, text.codePointCount(0, found) + 1);
            }
            if (line > value.line() && !text.startsWith(" ")) {
                break; // the next key: the value has ended
            }
        }
        return value;
    }

    private static Location at(Map<String, Location> locations, String name, String pointer) {
        Location exact = locations.get(pointer);
        if (exact != null) {
            return exact;
        }
        String p = pointer.endsWith("#key") ? pointer.substring(0, pointer.length() - 4) : pointer;
        while (!p.isEmpty()) {
            Location found = locations.get(p);
            if (found != null) {
                return found;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
        return Location.ofFile(name);
    }

    static <T> YamlFile<T> read(Path file, String name, Class<T> type) throws ContentException {
        byte[] bytes = readBounded(file, name);
        ContentFiles.utf8(bytes, name);
        return parse(bytes, name, type);
    }

    /** A content file's bytes, read from elsewhere than a file (a default built into the jar). */
    static <T> YamlFile<T> parse(byte[] bytes, String name, Class<T> type) throws ContentException {
        try {
            Map<String, Location> locations = new HashMap<>();
            JsonNode tree;
            try (JsonParser parser = new Locating(FACTORY.createParser(bytes), name, locations)) {
                tree = MAPPER.readTree(parser);
            } catch (Locating.Refused refused) {
                throw new ContentException(refused.problem);
            } catch (JsonMappingException e) {
                if (e.getCause() instanceof Locating.Refused refused) {
                    throw new ContentException(refused.problem);
                }
                throw e;
            }
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                throw new ContentException(new Problem(Location.ofFile(name), "the file is empty; expected "
                        + describe(type)));
            }
            ShapeCheck.Result shape = new ShapeCheck(pointer -> at(locations, name, pointer)).check(tree, type);
            if (!shape.problems().isEmpty()) {
                List<Problem> all = new ArrayList<>(shape.problems());
                all.addAll(shape.strayKeys());
                throw new ContentException(all);
            }
            // Stray keys are errors, but the file reads without them, so the week's other checks still run.
            ObjectMapper mapper = shape.strayKeys().isEmpty() ? MAPPER : LENIENT;
            return new YamlFile<>(mapper.readValue(bytes, type), name, locations,
                    new String(bytes, java.nio.charset.StandardCharsets.UTF_8).lines().toList(), shape.strayKeys());
        } catch (JacksonException e) {
            throw new ContentException(describe(e, name));
        } catch (IOException e) {
            throw new ContentException(new Problem(Location.ofFile(name), "cannot be read: " + ContentFiles.reason(e)));
        }
    }

    private static byte[] readBounded(Path file, String name) throws ContentException {
        if (!Files.exists(file)) {
            throw new ContentException(new Problem(Location.ofFile(name), "file not found"));
        }
        return ContentFiles.readBounded(file, name, MAX_BYTES, Location.ofFile(name));
    }

    private static YAMLFactory createFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_BYTES);
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
        factory.setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
        return factory;
    }

    /**
     * The parser the tree is read through, which notes the place of every value by JSON pointer, and
     * of every key under {@code <pointer>#key}, so a problem with a value points at the value and one
     * with a key at the key: one pass over the text gives both.
     */
    private static final class Locating extends JsonParserDelegate {
        private final String name;
        private final Map<String, Location> index;

        Locating(JsonParser parser, String name, Map<String, Location> index) {
            super(parser);
            this.name = name;
            this.index = index;
        }

        /** A file refused for what it holds, not for its syntax. */
        static final class Refused extends IOException {
            final transient Problem problem;

            Refused(Problem problem) {
                super(problem.message());
                this.problem = problem;
            }
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken token = delegate.nextToken();
            if (token == null) {
                return null;
            }
            if (delegate instanceof YAMLParser yaml && (yaml.isCurrentAlias() || yaml.getCurrentAnchor() != null)) {
                // Content is written out, not shared: aliases are also how "billion laughs" files blow up.
                JsonLocation where = delegate.currentTokenLocation();
                throw new Refused(new Problem(new Location(name, where.getLineNr(), where.getColumnNr()),
                        "anchors and aliases (&name, *name) are not allowed in content files; write the value out"));
            }
            if (!token.isStructEnd()) {
                JsonStreamContext context = token.isStructStart()
                        ? delegate.getParsingContext().getParent()
                        : delegate.getParsingContext();
                if (context != null && !context.inRoot()) {
                    JsonLocation where = delegate.currentTokenLocation();
                    String pointer = context.pathAsPointer().toString() + (token == JsonToken.FIELD_NAME ? "#key" : "");
                    index.putIfAbsent(pointer, new Location(name, where.getLineNr(), where.getColumnNr()));
                }
            }
            return token;
        }
    }

    private static Problem describe(JacksonException e, String name) {
        JsonLocation where = e.getLocation();
        Location location = where == null || where.getLineNr() <= 0
                ? Location.ofFile(name)
                : new Location(name, where.getLineNr(), where.getColumnNr());
        String path = e instanceof JsonMappingException m ? path(m) : "";
        String at = path.isEmpty() ? "" : " (at " + path + ")";
        if (e instanceof InvalidFormatException f) {
            return new Problem(location, "'" + f.getValue() + "' is not " + describe(f.getTargetType()) + at);
        }
        if (e instanceof ValueInstantiationException v && v.getCause() != null) {
            return new Problem(location, Objects.requireNonNullElse(v.getCause().getMessage(), "invalid value") + at);
        }
        if (e instanceof StreamConstraintsException) {
            return new Problem(location, "nested more than " + MAX_DEPTH + " levels deep; content files are refused beyond that");
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return new Problem(location, "expected " + describe(m.getTargetType()) + at);
        }
        return new Problem(location, firstLine(e.getOriginalMessage()) + at);
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** What a value of this type looks like in YAML, for messages that say what was expected. */
    static String describe(Class<?> type) {
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return "a number (write percentages as plain numbers: -3.25 for -3.25%)";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == LocalDate.class) {
            return "a date written YYYY-MM-DD";
        }
        if (type == java.time.LocalTime.class) {
            return "a time of day written HH:MM, quoted: \"07:30\"";
        }
        if (type == com.sectorweekly.model.IsoWeek.class) {
            return "an ISO week written YYYY-Www, e.g. 2026-W13";
        }
        if (type == String.class) {
            return "text";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list (one '- ' item a line)";
        }
        if (type.isRecord()) {
            return (ContentFields.takesText(type) ? "text, or " : "") + "a mapping with the keys "
                    + String.join(", ", ContentFields.keys(type).keySet());
        }
        return "a " + type.getSimpleName();
    }

    private static String firstLine(String message) {
        if (message != null && message.startsWith("Malformed numeric value")) {
            // YAML's .nan and .inf, which no figure is.
            return message.replaceFirst("^Malformed numeric value (\\S+).*", "$1 is not a figure; write a number");
        }
        String line = message == null ? "invalid YAML" : message.strip().lines().findFirst().orElse("invalid YAML");
        return line.replaceFirst("^while (parsing|scanning) ", "YAML syntax error while $1 ");
    }
}
