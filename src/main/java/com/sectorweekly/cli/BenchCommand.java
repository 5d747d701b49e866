package com.sectorweekly.cli;

import com.sectorweekly.bench.Benchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code sector-weekly bench}: how fast a week builds, cold, warm and in batches, and in how much memory. */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = "Measures building a week: cold processes, warm re-renders, batches on every core, memory.")
final class BenchCommand implements Callable<Integer> {

    @CommandLine.Mixin
    private WeekSelection selection;

    @Option(names = "--cold-runs", defaultValue = "5", description = "Cold builds, each in a new JVM (default: ${DEFAULT-VALUE}).")
    private int coldRuns;

    @Option(names = "--warm-runs", defaultValue = "30", description = "Measured warm runs after as many warm-up runs (default: ${DEFAULT-VALUE}).")
    private int warmRuns;

    @Option(names = "--batch", split = ",", defaultValue = "10,50,100",
            description = "Batch sizes, comma-separated (default: ${DEFAULT-VALUE}).")
    private List<Integer> batches;

    @Option(names = "--typst", paramLabel = "FOLDER",
            description = "A folder where @myriaddreamin/typst-ts-node-compiler is installed (npm install): Typst is timed on the week's text too.")
    private Path typst;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path week = selection.week();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Benchmark of %s on %d cores, Java %s%n", week, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        Path scratch = Benchmark.scratch();
        try {
            Benchmark bench = new Benchmark(week, out);
            Path jar = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            long ours = 0;
            if (jar.toString().endsWith(".jar") && coldRuns > 0) {
                ours = bench.cold(jar, Benchmark.Launch.plain(), coldRuns, scratch);
                out.flush();
                // The archive holds the jar's path as it was started when the archive was made: relative to here.
                Path relativeJar = Path.of("").toAbsolutePath().relativize(jar);
                Path archive = relativeJar.resolveSibling(relativeJar.getFileName().toString().replaceFirst("\\.jar$", ".jsa"));
                if (Files.exists(archive)) {
                    ours = bench.cold(relativeJar, Benchmark.Launch.fast(archive), coldRuns, scratch);
                } else {
                    out.println("cold build with the class-data archive: skipped (" + archive + " is made by mvn package)");
                }
                out.flush();
                bench.chromiumPeer(scratch, coldRuns, ours);
            } else {
                out.println("cold build: skipped (run the packaged jar to measure new JVMs)");
            }
            out.flush();
            double warmPdf = bench.warm(warmRuns, warmRuns, scratch);
            out.flush();
            bench.typstPeer(typst, scratch, Math.max(coldRuns, 5), ours, warmPdf);
            out.flush();
            if (!batches.isEmpty() && batches.get(0) > 0) {
                bench.batch(batches, scratch);
            }
            bench.memory();
        } finally {
            try (Stream<Path> files = Files.walk(scratch)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
