package com.sectorweekly.content;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.sectorweekly.model.Choice;
import com.sectorweekly.model.ContentFields;
import com.sectorweekly.model.OneOf;
import com.sectorweekly.model.Desk;
import com.sectorweekly.model.IsoWeek;
import com.sectorweekly.model.Alongside;
import com.sectorweekly.model.AtLeast;
import com.sectorweekly.model.Colour;
import com.sectorweekly.model.FileName;
import com.sectorweekly.model.Required;
import com.sectorweekly.model.WeekMeta;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.sectorweekly.content.ContentLoader.OUTLINE_FILE;

/**
 * A JSON Schema for each content file, generated from the records the loader reads it into, so
 * that an editor with a YAML language server completes keys and flags wrong types as the analyst
 * types. The loader stays the judge: the schemas say what it accepts, in the editor's terms.
 */
public final class ContentSchemas {

    /** Each content file and the record it is read into, in the order an analyst meets them. */
    private static final Map<String, Class<?>> FILES = ContentLoader.FILE_TYPES;

    private ContentSchemas() {
    }

    /**
     * The schema's file name for a content file: {@code week.yaml} → {@code week.schema.json};
     * a desk's outline, {@code outlines/weekly.yaml} → {@code outline.schema.json}.
     */
    public static String schemaName(String contentFile) {
        return contentFile.equals(OUTLINE_FILE) ? "outline.schema.json" : contentFile.replaceFirst("\\.yaml$", ".schema.json");
    }

    /**
     * Writes every schema into {@code dir}, replacing older ones; returns the files written.
     *
     * @param desk the desk whose scales and ids the week's values are chosen from, so that an editor
     *             offers them; null for schemas that only know the shapes
     */
    public static List<Path> write(Path dir, Desk desk) throws IOException {
        Files.createDirectories(dir);
        SchemaGenerator generator = generator(desk);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, Class<?>> file : FILES.entrySet()) {
            ObjectNode schema = generator.generateSchema(file.getValue());
            allowText(schema, file.getValue(), desk);
            ObjectNode ordered = schema.objectNode();
            ordered.put("$schema", SchemaVersion.DRAFT_7.getIdentifier());
            ordered.put("title", file.getKey());
            ordered.setAll(schema);
            Path target = dir.resolve(schemaName(file.getKey()));
            String json = ordered.toPrettyString().replace("\r\n", "\n") + "\n";
            if (!Files.exists(target) || !Files.readString(target, StandardCharsets.UTF_8).equals(json)) {
                Files.writeString(target, json, StandardCharsets.UTF_8);
            }
            written.add(target);
        }
        return written;
    }

    private static SchemaGenerator generator(Desk desk) {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_7, OptionPreset.PLAIN_JSON)
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
                .with(Option.DEFINITIONS_FOR_ALL_OBJECTS)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        config.forFields()
                .withPropertyNameOverrideResolver(field ->
                        PropertyNamingStrategies.SnakeCaseStrategy.INSTANCE.translate(field.getName()))
                .withRequiredCheck(field -> field.getAnnotation(Required.class) != null)
                .withStringMinLengthResolver(field -> field.getAnnotation(Required.class) != null
                        && field.getType().getErasedType() == String.class ? 1 : null)
                // The forms loading holds values to: a colour, a name that becomes part of a file name, a least count.
                .withStringPatternResolver(field -> field.getAnnotation(Colour.class) != null ? "^" + Colour.FORM.pattern() + "$"
                        : field.getAnnotation(FileName.class) != null ? "^" + FileName.FORM.pattern() + "$" : null)
                .withNumberInclusiveMinimumResolver(field -> field.getAnnotation(AtLeast.class) == null ? null
                        : java.math.BigDecimal.valueOf(field.getAnnotation(AtLeast.class).value()).stripTrailingZeros());
        // The values a field is chosen from: the tool's own, and, given a desk, its ratings, analysts, risks and levels.
        config.forFields().withEnumResolver(field -> {
            OneOf oneOf = field.getRawMember().getAnnotation(OneOf.class);
            // A list's choices apply to its items, not to the list itself.
            boolean list = List.class.isAssignableFrom(field.getType().getErasedType());
            if (oneOf == null || (list && !field.isFakeContainerItemScope()) || (oneOf.value().fromDesk() && desk == null)) {
                return null;
            }
            List<String> values = oneOf.value().values(desk);
            return values.isEmpty() ? null : values;
        });
        config.forTypesInGeneral().withTypeAttributeOverride((attributes, scope, context) ->
                dependencies(scope.getType().getErasedType(), attributes));
        // Keys in the order the records declare them, which is the order the example files use.
        config.forTypesInGeneral().withPropertySorter((a, b) -> 0);
        config.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            if (type.getErasedType() == IsoWeek.class) {
                return new CustomDefinition(context.getGeneratorConfig().createObjectNode()
                        .put("type", "string")
                        .put("pattern", "^[0-9]{4}-W[0-9]{2}$")
                        .put("description", "An ISO week, written YYYY-Www, e.g. 2026-W13."));
            }
            if (type.getErasedType() == LocalTime.class) {
                // JSON Schema's "time" wants seconds and a zone; a publication time is written 07:30.
                return new CustomDefinition(context.getGeneratorConfig().createObjectNode()
                        .put("type", "string")
                        .put("pattern", "^([01][0-9]|2[0-3]):[0-5][0-9]$")
                        .put("description", "A time of day on the 24-hour clock, quoted: \"07:30\"."));
            }
            return null;
        });
        return new SchemaGenerator(config.build());
    }

    /**
     * A key that belongs with another (see {@link Alongside}) depends on it, and a required one is
     * its dependant, or, where another key gives it, that key is the alternative.
     */
    private static void dependencies(Class<?> type, ObjectNode attributes) {
        if (!type.isRecord()) {
            return;
        }
        ObjectNode dependencies = attributes.objectNode();
        Map<String, ArrayNode> givenOtherwise = new LinkedHashMap<>();
        ContentFields.keys(type).forEach((key, component) -> {
            Alongside alongside = component.getAnnotation(Alongside.class);
            if (alongside == null) {
                return;
            }
            dependencies.withArray(key).add(alongside.value());
            if (alongside.required() && alongside.unless().isEmpty()) {
                dependencies.withArray(alongside.value()).add(key);
            } else if (alongside.required()) {
                givenOtherwise.computeIfAbsent(alongside.value() + "\n" + alongside.unless(), k -> attributes.arrayNode()).add(key);
            }
        });
        givenOtherwise.forEach((keys, dependants) -> {
            String[] pair = keys.split("\n");
            ArrayNode either = dependencies.putObject(pair[0]).putArray("anyOf");
            either.addObject().set("required", dependants);
            either.addObject().putArray("required").add(pair[1]);
        });
        if (!dependencies.isEmpty()) {
            attributes.set("dependencies", dependencies);
        }
    }

    /**
     * Where a record may be written as text alone, its definition takes a string as well (found by
     * its name in the schema of the file that uses it); a risk's text is one of the desk's ids.
     */
    private static void allowText(ObjectNode schema, Class<?> root, Desk desk) {
        if (!(schema.get("definitions") instanceof ObjectNode definitions)) {
            return;
        }
        for (Class<?> type : ContentFields.records(root).stream()
                .filter(t -> ContentFields.isMapping(t) && ContentFields.takesText(t)).toList()) {
            if (definitions.get(type.getSimpleName()) instanceof ObjectNode mapping) {
                ObjectNode text = schema.objectNode().put("type", "string");
                if (type == WeekMeta.Risk.class && desk != null) {
                    Choice.RISK.values(desk).forEach(id -> text.withArray("enum").add(id));
                }
                ObjectNode either = schema.objectNode();
                either.putArray("anyOf").add(text).add(mapping);
                definitions.set(type.getSimpleName(), either);
            }
        }
    }
}
