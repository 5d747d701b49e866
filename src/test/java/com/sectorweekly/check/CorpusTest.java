package com.sectorweekly.check;

import com.sectorweekly.pipeline.ReportBuild;
import com.sectorweekly.content.ContentException;
import com.sectorweekly.render.TemplateSource;
import com.sectorweekly.testing.ExampleWeek;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bad-input corpus under {@code src/test/resources/corpus}: each case's files are laid over the
 * example week, and what {@code check} reports must be exactly the case's {@code expected.txt}.
 */
class CorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyCaseIsReportedExactly() throws IOException {
        List<Path> cases;
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            cases = dirs.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(cases.size() >= 30, "the corpus holds at least 30 cases: " + cases.size());
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            ExampleWeek week = ExampleWeek.copyInto(temp.resolve(dir.getFileName().toString()));
            overlay(dir, week);
            List<String> expected = Files.readAllLines(dir.resolve("expected.txt"));
            assertEquals(expected, week.findings());
        }));
    }

    private static void overlay(Path caseDir, ExampleWeek week) throws IOException {
        try (Stream<Path> files = Files.list(caseDir)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.equals("expected.txt")) {
                    continue;
                }
                if (name.endsWith(".absent")) {
                    Files.delete(week.file(name.substring(0, name.length() - ".absent".length())));
                } else {
                    Files.copy(file, week.file(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
