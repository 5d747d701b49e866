package com.sectorweekly.cli;

import com.sectorweekly.output.FileTrees;
import com.sectorweekly.pipeline.ReportBuild;
import com.sectorweekly.render.Format;
import com.sectorweekly.render.TemplateSource;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * {@code sector-weekly warm-up} (hidden): builds the example week bundled in the jar, in every
 * format, into a temporary folder and deletes it. The launchers run it once with
 * {@code -XX:ArchiveClassesAtExit}, so the class-data archive they keep holds every class a whole
 * build loads, whatever command the analyst happened to run first ({@code --help} would leave an
 * archive of the command line's classes only, and every later build without the rest).
 */
@Command(name = "warm-up", hidden = true,
        description = "Builds the bundled example week into a temporary folder and deletes it (for the launchers).")
final class WarmUpCommand implements Callable<Integer> {

    /** Where the build copies the example content: desk.yaml, registry.yaml and one week folder. */
    static final String BUNDLED = "warm-up";
    private static final String WEEK = "2026-W13";

    @Override
    public Integer call() throws Exception {
        Path temp = Files.createTempDirectory("sector-weekly-warm-up");
        try {
            Path content = temp.resolve("content");
            copyBundled(content);
            ExecutorService executor = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
                Thread thread = new Thread(task, "warm-up");
                thread.setDaemon(true);
                return thread;
            });
            try {
                new ReportBuild(temp, TemplateSource.builtIn())
                        .build(content.resolve(WEEK), temp.resolve("output"), EnumSet.allOf(Format.class), false, executor);
            } finally {
                executor.shutdownNow();
            }
            return ExitCodes.OK;
        } finally {
            FileTrees.deleteTree(temp);
        }
    }

    private static void copyBundled(Path into) throws IOException, URISyntaxException {
        URL desk = WarmUpCommand.class.getResource("/" + BUNDLED + "/desk.yaml");
        if (desk == null) {
            throw new IOException("the jar holds no example week under /" + BUNDLED);
        }
        if ("jar".equals(desk.getProtocol())) {
            try (FileSystem jar = FileSystems.newFileSystem(desk.toURI(), Map.of())) {
                copyTree(jar.getPath("/" + BUNDLED), into);
            }
        } else {
            copyTree(Path.of(desk.toURI()).getParent(), into);
        }
    }

    private static void copyTree(Path from, Path into) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = into.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    try (InputStream in = Files.newInputStream(file)) {
                        Files.copy(in, target);
                    }
                }
            }
        }
    }
}
