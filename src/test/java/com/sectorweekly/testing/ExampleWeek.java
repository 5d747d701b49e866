package com.sectorweekly.testing;

import com.sectorweekly.check.Finding;
import com.sectorweekly.content.ContentException;
import com.sectorweekly.pipeline.ReportBuild;
import com.sectorweekly.render.TemplateSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A copy of the bundled example content (desk.yaml, registry.yaml, 2026-W13) in a temporary folder, for tests
 * that change a file and look at what the tool makes of it.
 */
public final class ExampleWeek {

    public static final Path CONTENT = Path.of("content");
    public static final String WEEK = "2026-W13";
    /** Every example report under content/: each desk's weekly, the monthly, the thematic report, the English desk's weekly. */
    public static final List<String> ALL_REPORTS = List.of("content/2026-W13", "content/2026-03",
            "content/examples/jinghua/2026-W13", "content/examples/jinghua/2025-02-10-deepseek",
            "content/examples/english/2026-W13");

    /** {@link #ALL_REPORTS}, for {@code @MethodSource("com.sectorweekly.testing.ExampleWeek#allReports")}. */
    public static Stream<String> allReports() {
        return ALL_REPORTS.stream();
    }

    private final Path contentDir;

    private ExampleWeek(Path contentDir) {
        this.contentDir = contentDir;
    }

    public static ExampleWeek copyInto(Path temp) {
        Path content = temp.resolve("content");
        try {
            Files.createDirectories(content.resolve(WEEK));
            Files.copy(CONTENT.resolve("desk.yaml"), content.resolve("desk.yaml"));
            Files.copy(CONTENT.resolve("registry.yaml"), content.resolve("registry.yaml"));
            try (Stream<Path> files = Files.list(CONTENT.resolve(WEEK))) {
                for (Path file : files.toList()) {
                    Files.copy(file, content.resolve(WEEK).resolve(file.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ExampleWeek(content);
    }

    /** What {@code check} prints for the week, a finding a line, file names relative to the content folder. */
    public List<String> findings() {
        return findingsOf(contentDir, weekDir()).findings();
    }

    /** What {@code check} prints for a report folder, file names relative to its content folder. */
    public static Findings findingsOf(Path contentDir, Path reportDir) {
        ReportBuild build = new ReportBuild(contentDir, TemplateSource.builtIn());
        try {
            return new Findings(reportDir, build.check(build.load(reportDir)).stream().map(Finding::toString).toList());
        } catch (ContentException e) {
            return new Findings(reportDir, e.problems().stream().map(Finding::of).map(Finding::toString).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Findings about a report folder, and where to find lines in its files. */
    public record Findings(Path reportDir, List<String> findings) {
        public int lineOf(String fileName, String text) {
            try {
                List<String> lines = Files.readAllLines(reportDir.resolve(fileName));
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains(text)) {
                        return i + 1;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            throw new AssertionError("'" + text + "' not in " + fileName);
        }
    }

    public Path contentDir() {
        return contentDir;
    }

    public Path weekDir() {
        return contentDir.resolve(WEEK);
    }

    /** A file of the week, or desk.yaml or registry.yaml beside the weeks. */
    public Path file(String name) {
        return name.equals("desk.yaml") || name.equals("registry.yaml") ? contentDir.resolve(name) : weekDir().resolve(name);
    }

    /** Replaces the one occurrence of {@code from}; fails the test if it is not there exactly once. */
    public ExampleWeek replace(String fileName, String from, String to) {
        String text = read(fileName);
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) {
            throw new AssertionError("expected exactly one '" + from + "' in " + fileName);
        }
        write(fileName, text.substring(0, at) + to + text.substring(at + from.length()));
        return this;
    }

    public String read(String fileName) {
        try {
            return Files.readString(file(fileName), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(String fileName, String text) {
        try {
            Files.writeString(file(fileName), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 1-based line of the first line containing {@code text}, to state an expected location. */
    public int lineOf(String fileName, String text) {
        List<String> lines = read(fileName).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("'" + text + "' not in " + fileName);
    }

    /** 1-based column where {@code text} starts on its line. */
    public int columnOf(String fileName, String text) {
        String line = read(fileName).lines().filter(l -> l.contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("'" + text + "' not in " + fileName));
        return line.indexOf(text) + 1;
    }
}
