package com.sectorweekly.render.rixml;

import com.sectorweekly.content.ContentLoader;
import com.sectorweekly.render.Format;
import com.sectorweekly.testing.CollectedErrors;
import com.sectorweekly.testing.ExampleReport;
import com.sectorweekly.testing.ExampleWeek;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every example report's RIXML file is valid against the RIXML 2.5 schema, read by the JDK's own
 * validator. The schema may not be distributed with this project: it is looked for in the folder
 * the system property {@code rixml.schema.dir} names, else beside the project, and the test is
 * skipped, saying so, where it is not there.
 */
class RixmlSchemaTest {

    private static final Path SCHEMA_DIR = Path.of(System.getProperty("rixml.schema.dir", "../shared/reference/rixml-2.5"));
    private static Schema schema;

    /** Why the files are not validated, or null where the schema is there. */
    private static String absent;

    @BeforeAll
    static void readTheSchema() throws Exception {
        Path root = SCHEMA_DIR.resolve("RIXML-2_5.xsd");
        if (!Files.isRegularFile(root)) {
            absent = "the RIXML 2.5 schema is not at " + root.toAbsolutePath().normalize()
                    + " (set -Drixml.schema.dir to its folder); RIXML files are not validated";
            System.err.println(RixmlSchemaTest.class.getSimpleName() + ": " + absent);
            return;
        }
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        schema = factory.newSchema(root.toFile());
    }

    /** Every report folder among the examples: a weekly's week.yaml or another kind's report.yaml. */
    static Stream<Path> exampleReports() throws IOException {
        try (Stream<Path> files = Files.walk(ExampleWeek.CONTENT)) {
            List<Path> reports = files.filter(f -> f.getFileName().toString().equals(ContentLoader.META_FILE)
                            || f.getFileName().toString().equals(ContentLoader.REPORT_FILE))
                    .map(Path::getParent).sorted().toList();
            assertFalse(reports.size() < 5, "example reports found: " + reports);
            return reports.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("exampleReports")
    void theRixmlOfEveryExampleIsValid(Path report) throws Exception {
        assumeTrue(absent == null, () -> absent);
        byte[] rixml = ExampleReport.of(report).bytes(Format.RIXML);
        Validator validator = schema.newValidator();
        CollectedErrors errors = new CollectedErrors();
        validator.setErrorHandler(errors);
        validator.validate(new StreamSource(new ByteArrayInputStream(rixml)));
        assertEquals(List.of(), errors.errors(), () -> report + "\n" + new String(rixml, java.nio.charset.StandardCharsets.UTF_8));
    }
}
