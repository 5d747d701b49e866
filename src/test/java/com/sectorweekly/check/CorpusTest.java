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

    /** A case that check lets through (no error, warnings at most) builds in every format: check is the build's gate. */
    @TestFactory
    Stream<DynamicTest> whatCheckPassesBuilds() throws IOException {
        List<Path> cases;
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            cases = dirs.filter(Files::isDirectory).sorted()
                    .filter(dir -> readLines(dir.resolve("expected.txt")).stream().noneMatch(l -> l.startsWith("error "))).toList();
        }
        assertTrue(cases.size() >= 6, "cases that check passes: " + cases.size());
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            ExampleWeek week = ExampleWeek.copyInto(temp.resolve("built-" + dir.getFileName()));
            overlay(dir, week);
            ReportBuild build = new ReportBuild(Path.of(""), TemplateSource.builtIn());
            try {
                for (com.sectorweekly.render.Format format : com.sectorweekly.render.Format.values()) {
                    assertTrue(build.render(build.assemble(week.weekDir()), format).document().length > 0, format.label());
                }
            } catch (ContentException e) {
                throw new AssertionError("check passed, but the build refused the week:\n" + e.getMessage(), e);
            }
        }));
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Edits of a file: pairs of lines, "- text" then "+ replacement", each replacing one occurrence;
     * \\uXXXX, \\n and \\\\ in them stand for a character, a line break and a backslash.
     */
    private static void replace(ExampleWeek week, String fileName, List<String> lines) {
        List<String> edits = lines.stream().filter(l -> l.startsWith("- ") || l.startsWith("+ ")).toList();
        for (int i = 0; i + 1 < edits.size(); i += 2) {
            week.replace(fileName, unescape(edits.get(i).substring(2)), unescape(edits.get(i + 1).substring(2)));
        }
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                if (next == 'u') {
                    out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                    i += 4;
                } else {
                    out.append(next == 'n' ? '\n' : next);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
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
                } else if (name.endsWith(".replace")) {
                    replace(week, name.substring(0, name.length() - ".replace".length()), Files.readAllLines(file));
                } else {
                    Files.copy(file, week.file(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
