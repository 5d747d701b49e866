package com.sectorweekly.bench;

import com.sectorweekly.build.WeeklyBuild;
import com.sectorweekly.content.ContentException;
import com.sectorweekly.content.LoadedWeek;
import com.sectorweekly.render.Format;
import com.sectorweekly.render.RenderException;
import com.sectorweekly.render.TemplateSource;
import com.sectorweekly.report.Report;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Measures a week's build the ways the analyst and the desk use it, and prints the figures: a
 * cold process per build, warm re-renders in one JVM, and batches of weeks on every core.
 */
public final class Benchmark {

    private final Path weekDir;
    private final PrintWriter out;

    public Benchmark(Path weekDir, PrintWriter out) {
        this.weekDir = weekDir;
        this.out = out;
    }

    /** Runs {@code java -jar} once per build, as the analyst does; needs the packaged jar. */
    public void cold(Path jar, int runs, Path scratch) throws IOException, InterruptedException {
        long[] millis = new long[runs];
        long peakRss = 0;
        for (int i = 0; i < runs; i++) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(java, "-jar", jar.toString(), "build", weekDir.toString(),
                    "--out", scratch.resolve("cold-" + i).toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            long start = System.nanoTime();
            while (!process.waitFor(25, TimeUnit.MILLISECONDS)) {
                OptionalLong rss = Memory.peakRssKb(process.pid());
                if (rss.isPresent()) {
                    peakRss = Math.max(peakRss, rss.getAsLong());
                }
            }
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            if (process.exitValue() != 0) {
                throw new IOException("the cold build exited " + process.exitValue());
            }
        }
        Arrays.sort(millis);
        out.printf(Locale.ROOT, "cold build, all formats, new JVM each (%d runs): median %d ms (min %d, max %d), peak RSS %d MB%n",
                runs, median(millis), millis[0], millis[runs - 1], peakRss / 1024);
    }

    /** Re-renders in one warmed-up JVM, as a rebuild on every save would. */
    public void warm(int warmUp, int runs) throws ContentException, IOException, RenderException {
        WeeklyBuild build = new WeeklyBuild(Path.of(""), TemplateSource.builtIn());
        for (int i = 0; i < warmUp; i++) {
            LoadedWeek week = build.load(weekDir);
            build.check(week);
            Report report = build.assemble(week);
            for (Format format : Format.values()) {
                build.render(report, format);
            }
        }
        long[] prepare = new long[runs];
        Report report = null;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            LoadedWeek week = build.load(weekDir);
            build.check(week);
            report = build.assemble(week);
            prepare[i] = System.nanoTime() - t;
        }
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "warm, after %d warm-up runs (median of %d): load+check+assemble %.1f ms", warmUp, runs, median(prepare) / 1e6));
        for (Format format : Format.values()) {
            long[] nanos = new long[runs];
            int bytes = 0;
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                bytes = build.render(report, format).document().length;
                nanos[i] = System.nanoTime() - t;
            }
            line.append(String.format(Locale.ROOT, ", %s %.1f ms", format.extension(), median(nanos) / 1e6));
            if (format == Format.PDF) {
                line.append(String.format(Locale.ROOT, " (%.1f KB)", bytes / 1024.0));
            }
        }
        out.println(line);
    }

    /** Builds batches of generated weeks in one JVM on every core, as a desk rebuilding an archive would. */
    public void batch(List<Integer> sizes, Path scratch) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        int largest = sizes.stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Path> weeks = ExampleWeeks.generate(weekDir, scratch.resolve("content"), largest);
        WeeklyBuild build = new WeeklyBuild(scratch.resolve("content"), TemplateSource.builtIn());
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        try {
            for (int size : sizes) {
                Path outDir = scratch.resolve("batch-" + size);
                long start = System.nanoTime();
                List<Future<?>> builds = new ArrayList<>();
                for (Path week : weeks.subList(0, size)) {
                    builds.add(pool.submit(() -> build.build(week, outDir, EnumSet.allOf(Format.class), false)));
                }
                for (Future<?> f : builds) {
                    f.get();
                }
                long millis = (System.nanoTime() - start) / 1_000_000;
                out.printf(Locale.ROOT, "batch of %d weeks on %d cores: %d ms, %d ms per report%n",
                        size, cores, millis, millis / size);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Peak memory of this JVM so far. */
    public void memory() {
        out.printf(Locale.ROOT, "this JVM's peak heap %d MB, peak RSS %s%n", Memory.peakHeapBytes() / (1024 * 1024),
                Memory.peakRssKb(ProcessHandle.current().pid()).stream().mapToObj(kb -> kb / 1024 + " MB").findFirst().orElse("unknown"));
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** A scratch folder for the run, removed afterwards by the caller. */
    public static Path scratch() throws IOException {
        return Files.createTempDirectory("sector-weekly-bench");
    }
}
