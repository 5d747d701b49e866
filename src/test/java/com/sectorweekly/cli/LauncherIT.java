package com.sectorweekly.cli;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The distribution a desk unpacks: its launcher starts the jar with the class-data archive it
 * makes on the first run and uses on the next, without a flag from the analyst.
 */
class LauncherIT {

    @TempDir
    Path temp;

    @Test
    void theUnpackedLauncherMakesItsArchiveOnceFromAWholeBuildAndThenStartsFromIt() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "the POSIX launcher needs a shell");
        Path home = unzip(distribution(), temp.resolve("unpacked"));
        Path launcher = home.resolve("sector-weekly");
        assertTrue(Files.isRegularFile(home.resolve("sector-weekly.cmd")) && Files.isRegularFile(home.resolve("sector-weekly.jar")));

        // The first command an analyst runs is often --version or --help: the archive must still
        // hold what a build loads, not only the command line's classes.
        String first = run(launcher, Map.of(), "--version");
        assertTrue(first.contains("preparing a fast start") && first.strip().endsWith("sector-weekly 0.1.0"), first);
        List<Path> archives = archives(home);
        assertEquals(1, archives.size(), "the first run made the archive: " + archives);
        assertEquals(List.of(), parts(home), "no half-written archive is left");
        assertEquals("sector-weekly 0.1.0", run(launcher, Map.of(), "--version").strip(), "made once");

        Path classes = temp.resolve("classes.txt");
        String week = Path.of("content/2026-W13").toAbsolutePath().toString();
        run(launcher, Map.of("SECTOR_WEEKLY_JAVA_OPTS", "-Xlog:class+load:file=" + classes),
                "build", week, "--out", temp.resolve("out").toString(), "--quiet");
        List<String> ours = Files.readAllLines(classes).stream().filter(l -> l.contains(" com.sectorweekly.")).toList();
        List<String> pdf = ours.stream().filter(l -> l.contains(" com.sectorweekly.render.pdf.")).toList();
        long mapped = ours.stream().filter(l -> l.contains("shared objects file")).count();
        // A few classes (those a library defines at run time) are never archived; the rest are mapped.
        assertTrue(ours.size() > 200 && mapped >= ours.size() * 0.8,
                "the build maps the tool's classes from the archive: " + mapped + " of " + ours.size());
        assertTrue(!pdf.isEmpty() && pdf.stream().allMatch(l -> l.contains("shared objects file")),
                "the PDF writer's classes too: " + pdf);
    }

    @Test
    void anotherJdkMakesAndUsesAnArchiveOfItsOwn() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "the POSIX launcher needs a shell");
        Path other = otherJdk().orElse(null);
        assumeTrue(other != null, "no second JDK beside this one; the launcher's choice of archive per JDK is not tested");
        Path home = unzip(distribution(), temp.resolve("unpacked"));
        Path launcher = home.resolve("sector-weekly");
        String week = Path.of("content/2026-W13").toAbsolutePath().toString();
        run(launcher, Map.of(), "check", week);
        assertEquals(1, archives(home).size(), "this JDK made its archive");
        Map<String, String> otherJdk = Map.of("JAVA_HOME", other.toString());
        run(launcher, otherJdk, "check", week);
        assertEquals(2, archives(home).size(), "the other JDK made an archive of its own, not refused this one's");
        Path classes = temp.resolve("classes.txt");
        Map<String, String> logged = new java.util.HashMap<>(otherJdk);
        logged.put("SECTOR_WEEKLY_JAVA_OPTS", "-Xlog:class+load:file=" + classes);
        run(launcher, logged, "check", week);
        assertTrue(Files.readAllLines(classes).stream().anyMatch(l -> l.contains(" com.sectorweekly.") && l.contains("shared objects file")),
                "and starts from it the next time");
    }

    /** The zip mvn package makes. */
    private static Path distribution() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("sector-weekly-.*\\.zip")).findFirst().orElseThrow();
        }
    }

    /** A JDK installed beside the one running the tests (another release), if there is one. */
    private static java.util.Optional<Path> otherJdk() throws IOException {
        Path home = Path.of(System.getProperty("java.home")).toRealPath();
        try (Stream<Path> siblings = Files.list(home.getParent())) {
            return siblings.filter(jdk -> Files.isExecutable(jdk.resolve("bin/java")) && Files.isRegularFile(jdk.resolve("release")))
                    .filter(jdk -> {
                        try {
                            return !jdk.toRealPath().equals(home);
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .findFirst();
        }
    }

    /** Unpacks as unzip does, with the modes the archive gives its files. */
    private static Path unzip(Path zip, Path into) throws IOException {
        Path top = null;
        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            for (ZipArchiveEntry entry : Collections.list(file.getEntries())) {
                Path target = into.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(into), entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    top = top == null ? target : top;
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                if ((entry.getUnixMode() & 0100) != 0) {
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
        return top;
    }

    private static List<Path> archives(Path home) throws IOException {
        try (Stream<Path> files = Files.list(home)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsa")).toList();
        }
    }

    private static List<Path> parts(Path home) throws IOException {
        try (Stream<Path> files = Files.list(home)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
        }
    }

    private static String run(Path launcher, Map<String, String> environment, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), said);
        return said;
    }
}
