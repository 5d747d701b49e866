package com.sectorweekly.bench;

import com.sectorweekly.pipeline.ReportBuild;
import com.sectorweekly.content.ContentException;
import com.sectorweekly.content.LoadedWeek;
import com.sectorweekly.render.Format;
import com.sectorweekly.render.RenderException;
import com.sectorweekly.render.TemplateSource;
import com.sectorweekly.document.Document;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Measures a week's build the ways the analyst and the desk use it, and prints the figures: a
 * cold process per build, warm re-renders in one JVM, and batches of weeks on every core.
 */
public final class Benchmark {

    private final Path weekDir;
    private final PrintWriter out;
    private final Memory.HeapWatch heap = Memory.watchHeap();

    public Benchmark(Path weekDir, PrintWriter out) {
        this.weekDir = weekDir;
        this.out = out;
    }

    /**
     * How the JVM of a cold build is started: plainly, or with the class-data archive the Maven
     * build makes beside the jar and the quick (C1) compiler only, which suit a short run.
     */
    public record Launch(String name, List<String> jvmOptions) {

        public static Launch plain() {
            return new Launch("java -jar", List.of());
        }

        public static Launch fast(Path archive) {
            return new Launch("java -jar with the class-data archive and C1 only",
                    List.of("-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1", "-Xlog:cds*=off"));
        }
    }

    /**
     * Runs {@code java -jar} once per build, as the analyst does; needs the packaged jar.
     *
     * @return the median wall time in milliseconds, to set a peer's against
     */
    public long cold(Path jar, Launch launch, int runs, Path scratch) throws IOException, InterruptedException {
        long[] millis = new long[runs];
        long peakRss = 0;
        long peakHeap = 0;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int i = 0; i < runs; i++) {
            Path gcLog = scratch.resolve("gc-" + launch.jvmOptions().size() + "-" + i + ".log");
            List<String> command = new ArrayList<>(List.of(java));
            command.addAll(launch.jvmOptions());
            command.addAll(List.of("-Xlog:gc,gc+heap+exit:file=" + gcLog, "-jar", jar.toString(), "build",
                    weekDir.toString(), "--out", scratch.resolve("cold-" + i).toString()));
            Process process = new ProcessBuilder(command)
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
            peakHeap = Math.max(peakHeap, Memory.peakHeapKbFromGcLog(gcLog));
        }
        Arrays.sort(millis);
        out.printf(Locale.ROOT, "cold build, all formats, new JVM each, %s (%d runs): median %d ms (min %d, max %d), "
                        + "peak RSS %d MB, peak heap %d MB%n",
                launch.name(), runs, median(millis), millis[0], millis[runs - 1], peakRss / 1024, peakHeap / 1024);
        return median(millis);
    }

    /**
     * Times a peer installed on this machine doing the same job from what the cold builds wrote:
     * headless Chromium printing the week's HTML to PDF, each run in a new process, and prints its
     * median beside ours as a ratio, so the README's comparison can be made again on any machine.
     */
    public void chromiumPeer(Path scratch, int runs, long ourMedian) throws IOException, InterruptedException {
        Optional<Path> chromium = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
                .map(Path::of).filter(Files::isExecutable).findFirst();
        Optional<Path> html;
        try (Stream<Path> files = Files.walk(scratch.resolve("cold-0"))) {
            html = files.filter(p -> p.toString().endsWith(".html")).findFirst();
        }
        if (chromium.isEmpty() || html.isEmpty()) {
            out.println("peer, Chromium print-to-PDF: skipped (" + (chromium.isEmpty() ? "Chromium is not installed" : "no HTML was built") + ")");
            return;
        }
        long[] millis = new long[runs];
        for (int i = 0; i < runs; i++) {
            List<String> command = List.of(chromium.get().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-first-run", "--disable-background-networking", "--user-data-dir=" + scratch.resolve("chromium-" + i),
                    "--no-pdf-header-footer", "--print-to-pdf=" + scratch.resolve("chromium-" + i + ".pdf"), html.get().toUri().toString());
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("Chromium did not print the page within two minutes");
            }
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        long median = median(millis);
        out.printf(Locale.ROOT, "peer, Chromium print-to-PDF of the HTML, new process each (%d runs): median %d ms; "
                + "our cold build of all formats takes %.2f of it%n", runs, median, (double) ourMedian / median);
    }

    /**
     * Rebuilds in one warmed-up JVM, as a rebuild on every save would: each measured run is another
     * variation of the week, so no chart is drawn from an earlier run's drawing. Formats render in
     * the build's order, so the HTML reuses the charts the Markdown drew.
     *
     * @return the PDF render's median in milliseconds
     */
    public double warm(int warmUp, int runs, Path scratch) throws ContentException, IOException, RenderException {
        Path content = scratch.resolve("warm");
        List<Path> weeks = ExampleWeeks.generate(weekDir, content, warmUp + runs);
        ReportBuild build = new ReportBuild(content, TemplateSource.builtIn());
        for (Path week : weeks.subList(0, warmUp)) {
            Document report = build.assemble(build.load(week));
            for (Format format : Format.values()) {
                build.render(report, format);
            }
        }
        long[] prepare = new long[runs];
        long[][] render = new long[Format.values().length][runs];
        int pdfBytes = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            LoadedWeek week = build.load(weeks.get(warmUp + i));
            build.check(week);
            Document report = build.assemble(week);
            prepare[i] = System.nanoTime() - t;
            for (Format format : Format.values()) {
                t = System.nanoTime();
                int bytes = build.render(report, format).document().length;
                render[format.ordinal()][i] = System.nanoTime() - t;
                pdfBytes = format == Format.PDF ? bytes : pdfBytes;
            }
        }
        out.printf(Locale.ROOT, "warm, after %d warm-up runs (median of %d): load+check+assemble %.1f ms, "
                        + "md %.1f ms (draws the charts), html %.1f ms (reuses them), pdf %.1f ms (%.1f KB)%n",
                warmUp, runs, median(prepare) / 1e6, median(render[Format.MD.ordinal()]) / 1e6,
                median(render[Format.HTML.ordinal()]) / 1e6, median(render[Format.PDF.ordinal()]) / 1e6, pdfBytes / 1024.0);
        return median(render[Format.PDF.ordinal()]) / 1e6;
    }

    /**
     * Times Typst compiling the week's text, where its Node compiler is installed in {@code compiler},
     * and prints ours against it.
     *
     * @param ourCold    our cold build's median in milliseconds, or 0 where it was not measured
     * @param ourWarmPdf our warm PDF render's median in milliseconds
     */
    public void typstPeer(Path compiler, Path scratch, int runs, long ourCold, double ourWarmPdf)
            throws ContentException, IOException, InterruptedException {
        ReportBuild build = new ReportBuild(weekDir.toAbsolutePath().getParent(), TemplateSource.builtIn());
        TypstPeer.time(compiler, build.assemble(build.load(weekDir)), scratch, runs, ourCold, ourWarmPdf, out);
    }

    /** Builds batches of generated weeks in one JVM on every core, as a desk rebuilding an archive would. */
    public void batch(List<Integer> sizes, Path scratch) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        int largest = sizes.stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Path> weeks = ExampleWeeks.generate(weekDir, scratch.resolve("content"), largest);
        ReportBuild build = new ReportBuild(scratch.resolve("content"), TemplateSource.builtIn());
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        try {
            for (int size : sizes) {
                Path outDir = scratch.resolve("batch-" + size);
                long start = System.nanoTime();
                List<Future<?>> builds = new ArrayList<>();
                for (Path week : weeks.subList(0, size)) {
                    builds.add(pool.submit(() -> build.build(week, outDir, EnumSet.allOf(Format.class), false, Runnable::run)));
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
        out.printf(Locale.ROOT, "this JVM's peak heap %d MB (it may grow to %d MB: -Xmx sets that), peak RSS %s%n",
                heap.peakBytes() / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                Memory.peakRssKb(ProcessHandle.current().pid()).stream().mapToObj(kb -> kb / 1024 + " MB").findFirst().orElse("unknown"));
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** A scratch folder for the run, removed afterwards by the caller. */
    public static Path scratch() throws IOException {
        return Files.createTempDirectory("sector-weekly-bench");
    }
}
