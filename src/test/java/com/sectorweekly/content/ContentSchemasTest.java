package com.sectorweekly.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.sectorweekly.model.ContentFields;
import com.sectorweekly.model.Desk;
import com.sectorweekly.model.OneOf;
import com.sectorweekly.testing.ExampleWeek;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON Schemas an editor checks the content files with, generated from the model. */
class ContentSchemasTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern MODELINE = Pattern.compile("^# yaml-language-server: \\$schema=(\\S+)\n");

    @TempDir
    static Path schemas;

    @BeforeAll
    static void generate() throws IOException, ContentException {
        Desk desk = new ContentLoader(Path.of("")).loadDesk(ExampleWeek.CONTENT);
        assertEquals(10, ContentSchemas.write(schemas, desk).size());
    }

    private static JsonSchema schemaFor(String contentFile) throws IOException {
        JsonNode node = YAML.readTree(schemas.resolve(ContentSchemas.schemaName(contentFile)).toFile());
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(node);
    }

    private static Set<ValidationMessage> validate(String contentFile, JsonNode content) throws IOException {
        return schemaFor(contentFile).validate(content);
    }

    private static JsonNode example(String contentFile) throws IOException {
        return YAML.readTree(ExampleWeek.CONTENT.resolve(contentFile.equals("desk.yaml") || contentFile.equals("registry.yaml")
                ? contentFile : ExampleWeek.WEEK + "/" + contentFile).toFile());
    }

    @ParameterizedTest
    @ValueSource(strings = {"desk.yaml", "registry.yaml", "week.yaml", "segments.yaml", "core-data.yaml", "market.yaml", "news.yaml"})
    void theExampleFilesMeetTheirSchemasAndPointToThem(String file) throws IOException {
        // content/schemas holds the bundled desk's schemas; the other example desks have their own (below).
        assertEquals(Set.of(), validate(file, example(file)));
        Path path = ExampleWeek.CONTENT.resolve(file.equals("desk.yaml") || file.equals("registry.yaml") ? file : ExampleWeek.WEEK + "/" + file);
        Matcher m = MODELINE.matcher(Files.readString(path));
        assertTrue(m.find(), file + " starts with the line that points an editor at its schema");
        Path schema = path.getParent().resolve(m.group(1)).normalize();
        assertEquals(ContentSchemas.schemaName(file), schema.getFileName().toString());
        // The schemas beside the content are the ones the model gives (the build writes them).
        assertEquals(Files.readString(schemas.resolve(ContentSchemas.schemaName(file))), Files.readString(schema),
                "content/schemas is out of date: run mvn package (or sector-weekly schemas) and commit it");
    }

    /** The other example desks have schemas of their own, with their own choices, and their files meet them. */
    @ParameterizedTest
    @ValueSource(strings = {"content/examples/jinghua", "content/examples/english"})
    void eachExampleDeskHasSchemasOfItsOwnThatItsFilesMeet(String folder, @TempDir Path generated) throws Exception {
        Path content = Path.of(folder);
        ContentSchemas.write(generated, new ContentLoader(Path.of("")).loadDesk(content));
        for (String file : List.of("desk.yaml", "registry.yaml", "week.yaml", "segments.yaml", "core-data.yaml",
                "market.yaml", "news.yaml")) {
            Path path = file.equals("desk.yaml") || file.equals("registry.yaml") ? content.resolve(file)
                    : content.resolve(ExampleWeek.WEEK).resolve(file);
            Matcher m = MODELINE.matcher(Files.readString(path));
            assertTrue(m.find(), path + " starts with the line that points an editor at its schema");
            Path schema = path.getParent().resolve(m.group(1)).normalize();
            String expected = Files.readString(generated.resolve(ContentSchemas.schemaName(file)));
            assertEquals(expected, Files.readString(schema), schema + " is out of date: run mvn package and commit it");
            JsonSchema checker = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(YAML.readTree(expected));
            assertEquals(Set.of(), checker.validate(YAML.readTree(path.toFile())), path.toString());
        }
    }

    /** The monthly's and the thematic report's front matter and chapters meet their desk's schemas, and point to them. */
    @ParameterizedTest
    @ValueSource(strings = {"content/2026-03", "content/examples/jinghua/2025-02-10-deepseek"})
    void otherKindsOfReportMeetTheirSchemas(String folder, @TempDir Path generated) throws Exception {
        Path report = Path.of(folder);
        ContentSchemas.write(generated, new ContentLoader(Path.of("")).loadDesk(report.getParent()));
        for (String file : List.of("report.yaml", "chapters.yaml")) {
            Path path = report.resolve(file);
            Matcher m = MODELINE.matcher(Files.readString(path));
            assertTrue(m.find(), path + " starts with the line that points an editor at its schema");
            Path schema = path.getParent().resolve(m.group(1)).normalize();
            String expected = Files.readString(generated.resolve(ContentSchemas.schemaName(file)));
            assertEquals(expected, Files.readString(schema), schema + " is out of date: run mvn package and commit it");
            JsonSchema checker = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(YAML.readTree(expected));
            assertEquals(Set.of(), checker.validate(YAML.readTree(path.toFile())), path.toString());
        }
    }

    /** A week's own chapters and a desk's outline have schemas too; a block or item may be written as text. */
    @Test
    void chaptersAndTheOutlineMeetTheirSchemas() throws IOException {
        assertEquals(Set.of(), validate("chapters.yaml", YAML.readTree(Path.of("src/test/resources/chapters/chapters.yaml").toFile())));
        try (java.io.InputStream outline = ContentSchemasTest.class.getResourceAsStream("/outlines/weekly.yaml")) {
            assertEquals(Set.of(), validate(ContentLoader.OUTLINE_FILE, YAML.readTree(outline)));
        }
        JsonNode wrongKind = YAML.readTree("chapters: [{title: 专题, blocks: [{chart: {caption: c, kind: area, csv: a.csv, sources: [Wind]}}]}]");
        assertTrue(validate("chapters.yaml", wrongKind).stream().anyMatch(m -> m.getMessage().contains("enumeration")),
                "a chart kind the tool does not draw is flagged");
    }

    @Test
    void aWrongTypeIsFlaggedWhereItStands() throws IOException {
        ObjectNode segments = (ObjectNode) example("segments.yaml");
        ((ObjectNode) segments.get("segments").get(0)).put("week_change", "-3.25%");
        assertMessages(validate("segments.yaml", segments), "$.segments[0].week_change: string found, number expected");
    }

    @Test
    void anUnknownKeyAndAMissingOneAreFlagged() throws IOException {
        ObjectNode meta = (ObjectNode) example("week.yaml");
        meta.set("headlines", meta.remove("headline"));
        Set<ValidationMessage> messages = validate("week.yaml", meta);
        assertMessages(messages, "$: required property 'headline' not found",
                "$: property 'headlines' is not defined in the schema and the schema does not allow additional properties");
    }

    @Test
    void theDesksChoicesAreOfferedAndOthersFlagged() throws IOException {
        ObjectNode meta = (ObjectNode) example("week.yaml");
        meta.put("rating", "强烈推荐");
        ((ArrayNode) meta.get("risks")).add("no-such-risk");
        ObjectNode segments = (ObjectNode) example("segments.yaml");
        ((ObjectNode) segments.get("sentiment").get("rows").get(0)).put("level", "很好");
        assertMessages(validate("week.yaml", meta), "$.rating: does not have a value in the enumeration [\"买入\", \"增持\", \"中性\", \"减持\"]",
                "$.risks[5]: does not have a value in the enumeration "
                        + "[\"ai-monetisation\", \"technology\", \"supply-chain\", \"trade-policy\", \"competition\"]",
                "$.risks[5]: string found, object expected");
        assertMessages(validate("segments.yaml", segments), "$.sentiment.rows[0].level: does not have a value in the enumeration "
                + "[\"高景气维持\", \"加速向上\", \"稳健向上\", \"景气平稳\", \"边际承压\", \"加速下行\"]");
    }

    /** Every field whose value check takes from a set offers that set in the editor, given the desk that defines it. */
    @Test
    void everyChoiceCheckKnowsIsInTheSchemas() throws IOException, ContentException {
        Desk desk = new ContentLoader(Path.of("")).loadDesk(ExampleWeek.CONTENT);
        int offered = 0;
        for (var file : ContentLoader.FILE_TYPES.entrySet()) {
            JsonNode schema = YAML.readTree(schemas.resolve(ContentSchemas.schemaName(file.getKey())).toFile());
            for (Class<?> type : ContentFields.records(file.getValue())) {
                JsonNode definition = type == file.getValue() ? schema : schema.path("definitions").path(type.getSimpleName());
                if (definition.has("anyOf")) { // a record that may also be written as text
                    definition = definition.get("anyOf").get(1);
                }
                for (var key : ContentFields.keys(type).entrySet()) {
                    OneOf oneOf = key.getValue().getAnnotation(OneOf.class);
                    List<String> values = oneOf == null ? List.of() : oneOf.value().values(desk);
                    if (values.isEmpty()) {
                        continue;
                    }
                    JsonNode property = definition.path("properties").path(key.getKey());
                    JsonNode value = key.getValue().getType() == List.class ? property.path("items") : property;
                    // A choice of one value is written as a constant.
                    JsonNode choices = value.has("const") ? YAML.createArrayNode().add(value.get("const")) : value.path("enum");
                    assertEquals(values, YAML.convertValue(choices, List.class),
                            () -> file.getKey() + ": " + type.getSimpleName() + "." + key.getKey() + " in " + property);
                    offered++;
                }
            }
        }
        assertTrue(offered >= 20, "choices offered: " + offered);
    }

    @Test
    void anIsoWeekAndAnEmptyTextAreFlagged() throws IOException {
        ObjectNode meta = (ObjectNode) example("week.yaml");
        meta.put("week", "2026-13");
        meta.put("headline", "");
        assertMessages(validate("week.yaml", meta), "$.week: does not match the regex pattern ^[0-9]{4}-W[0-9]{2}$",
                "$.headline: must be at least 1 characters long");
    }

    private static void assertMessages(Set<ValidationMessage> messages, String... expected) {
        assertEquals(Set.of(expected), Set.copyOf(messages.stream().map(ValidationMessage::getMessage).toList()),
                () -> List.copyOf(messages).toString());
    }
}
