package com.sectorweekly.fuzz;

import com.sectorweekly.cli.SectorWeekly;
import com.sectorweekly.testing.ExampleWeek;
import com.sectorweekly.testing.Folders;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The example desk and week, mutated (a value replaced by a hostile one, a line dropped or
 * doubled, in any file), then built as the command line builds: every run ends in a build (exit
 * 0) or in findings that each name a file (exit 1 or 2), never in an unexpected failure (exit 3),
 * never within more than a minute, and never writes outside the output folder. Each try's mutations
 * come from a seed, so a failure names the seed and the edits, and {@code -Dfuzz.seed=N} replays
 * it. An ordinary test run makes the same 60 tries every time, so that a build is red only for a change
 * of its own; {@code -Dfuzz.campaign=N -Dfuzz.tries=4000} runs a long campaign over new ground, and every
 * failure it finds becomes a corpus case.
 */
class ContentFuzzTest {

    /** The files mutated: the desk's and every file of the week. */
    private static final List<String> FILES = List.of("desk.yaml", "registry.yaml", "2026-W13/week.yaml",
            "2026-W13/segments.yaml", "2026-W13/core-data.yaml", "2026-W13/market.yaml", "2026-W13/news.yaml",
            "2026-W13/server-index.csv", "2026-W13/dou.csv", "2026-W13/optical-exports.csv");

    /** Values that have broken builds, or could: bounds, non-numbers, control characters, YAML's own syntax, paths. */
    private static final List<String> HOSTILE = List.of("1e309", "-1e309", ".nan", ".inf", "0", "-0", "-1", "0.0001",
            "99999999999999999999", "\"\\0\"", "\"\\x1b[2J\"", "\"\\u202e\"", "\"\\t\"", "''", "~", "[]", "{}", "[", "{a: 1",
            "\"../../x\"", "/dev/zero", "/etc/passwd", "\"red\"", "2026-02-30", "2026-W99", "\"{telecom_revenue.nope}\"",
            "\"{nothing}\"", "\"**\"", "\"7*7 [x](y)\"", "!!binary AAAA", "&a 1", "*a", "\"" + "长".repeat(30_000) + "\"",
            "x".repeat(500), "\"<script>alert(1)</script>\"", "\"]]><!--\"", "yes", "null", "\"\"", "2026-03-27T07:30",
            "\"07:61\"", "- a\n- b", "true", "1.5e2", "0x10", "\"&amp;\"");

    /** The campaign an ordinary run repeats. */
    private static final long ORDINARY_CAMPAIGN = 20_261_202L;

    private static final Pattern YAML_VALUE = Pattern.compile("([A-Za-z_]+): ([^,}\\]#\\n]+)");

    /** One edit of one file: which file, where in it, and what is done there. */
    record Mutation(int file, int place, int kind, String value) {

        /** An edit drawn at random: mostly a value replaced, now and then a line dropped or doubled. */
        static Mutation drawn(Random random) {
            int pick = random.nextInt(10);
            String value = pick < 7 ? HOSTILE.get(random.nextInt(HOSTILE.size()))
                    : pick < 9 ? String.valueOf(random.nextInt() >> random.nextInt(32))
                    : "\"" + randomText(random) + "\"";
            return new Mutation(random.nextInt(FILES.size()), random.nextInt(10_000), random.nextInt(10), value);
        }

        private static String randomText(Random random) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                int c = random.nextInt(4) == 0 ? random.nextInt(0x20) : 0x20 + random.nextInt(0x3000);
                if (c != '"' && c != '\\' && !Character.isSurrogate((char) c)) {
                    text.appendCodePoint(c);
                }
            }
            return text.toString();
        }
    }

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> mutatedContentBuildsOrIsNamedAndNeverCrashes() {
        boolean replay = System.getProperty("fuzz.seed") != null;
        long seed = replay ? Long.getLong("fuzz.seed") : Long.getLong("fuzz.campaign", ORDINARY_CAMPAIGN);
        int tries = Integer.getInteger("fuzz.tries", replay ? 1 : 60);
        Random seeds = new Random(seed);
        return IntStream.range(0, tries).mapToObj(i -> {
            long trySeed = i == 0 && replay ? seed : seeds.nextLong();
            return DynamicTest.dynamicTest("seed " + trySeed, () -> fuzz(trySeed));
        });
    }

    private void fuzz(long seed) throws Exception {
        Random random = new Random(seed);
        List<Mutation> mutations = IntStream.range(0, 1 + random.nextInt(3)).mapToObj(i -> Mutation.drawn(random)).toList();
        Path run = Files.createTempDirectory(work, "run");
        try {
            fuzzIn(run, seed, mutations);
        } finally {
            deleteTree(run); // a long campaign would otherwise fill the disk
        }
    }

    private void fuzzIn(Path run, long seed, List<Mutation> mutations) throws Exception {
        Path content = Folders.copy(ExampleWeek.CONTENT.resolve("2026-W13"), run.resolve("content/2026-W13")).getParent();
        Files.copy(ExampleWeek.CONTENT.resolve("desk.yaml"), content.resolve("desk.yaml"));
        Files.copy(ExampleWeek.CONTENT.resolve("registry.yaml"), content.resolve("registry.yaml"));
        List<String> applied = new ArrayList<>();
        for (Mutation mutation : mutations) {
            applied.add(apply(content, mutation));
        }
        Set<String> before = listing(run);
        Path out = run.resolve("output");
        StringWriter said = new StringWriter();
        int exit = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            CommandLine cli = SectorWeekly.commandLine();
            cli.setOut(new PrintWriter(said));
            cli.setErr(new PrintWriter(said));
            return cli.execute("build", content.resolve("2026-W13").toString(), "--out", out.toString());
        }, () -> "the build took over a minute after seed " + seed + ": " + applied);
        assertTrue(exit == 0 || exit == 1 || exit == 2, () -> "exit " + exit + " after seed " + seed + ": " + applied + ":\n" + said);
        if (exit != 0) {
            assertTrue(said.toString().lines().anyMatch(l -> l.startsWith("error ") || l.startsWith("warning ")),
                    () -> "a refused build names its findings, after " + applied + ":\n" + said);
            assertTrue(said.toString().lines().filter(l -> l.startsWith("error ")).allMatch(l -> l.split(" ").length > 2),
                    () -> "each finding names its place, after " + applied + ":\n" + said);
        }
        Set<String> after = listing(run);
        after.removeIf(p -> p.startsWith("output/") || p.equals("output"));
        assertEquals(before, after, () -> "written outside the output folder, after " + applied);
    }

    /** Applies one mutation; says what it did, for the message of a failure. */
    private static String apply(Path content, Mutation m) throws IOException {
        Path file = content.resolve(FILES.get(m.file()));
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        int line = m.place() % lines.size();
        String what;
        if (m.kind() == 0) {
            what = "dropped line " + (line + 1);
            lines.remove(line);
        } else if (m.kind() == 1) {
            what = "doubled line " + (line + 1);
            lines.add(line, lines.get(line));
        } else if (file.toString().endsWith(".csv")) {
            String[] cells = lines.get(line).split(",", -1);
            int cell = m.place() % cells.length;
            cells[cell] = m.value().replace("\n", " ");
            lines.set(line, String.join(",", cells));
            what = "cell " + (cell + 1) + " of line " + (line + 1) + " := " + shortly(m.value());
        } else {
            // A value of the file at or after the chosen line, in block or flow style.
            List<int[]> values = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                Matcher v = YAML_VALUE.matcher(lines.get(i));
                while (v.find()) {
                    values.add(new int[]{i, v.start(2), v.end(2)});
                }
            }
            int[] at = values.get(m.place() % values.size());
            String text = lines.get(at[0]);
            lines.set(at[0], text.substring(0, at[1]) + m.value() + text.substring(at[2]));
            what = "line " + (at[0] + 1) + " value := " + shortly(m.value());
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        return FILES.get(m.file()) + ": " + what;
    }

    private static String shortly(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + ")" : value;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Every file and folder under a folder, relative to it. */
    private static Set<String> listing(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            Set<String> names = new TreeSet<>();
            all.filter(p -> !p.equals(root)).forEach(p -> names.add(root.relativize(p).toString().replace('\\', '/')));
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
