package com.sectorweekly.cli;

import com.sectorweekly.pipeline.BatchBuild;
import com.sectorweekly.pipeline.BuildResult;
import com.sectorweekly.pipeline.ReportBuild;
import com.sectorweekly.pipeline.WeekFolders;
import com.sectorweekly.render.Format;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/** {@code sector-weekly build}: one week, or every week, to Markdown, HTML and PDF under the output folder. */
@Command(name = "build",
        mixinStandardHelpOptions = true,
        description = "Checks one week's content, then builds its report into <out>/<week>/. "
                + "With --all, builds every week folder on all cores, showing each as it is done.")
final class BuildCommand implements Callable<Integer> {

    @CommandLine.Mixin
    private WeekSelection selection;

    @Option(names = "--all", description = "Build every week folder under --content, not one week.")
    private boolean all;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output",
            description = "Where the report is written, in a folder per week (default: ${DEFAULT-VALUE}).")
    private Path outDir;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", converter = FormatConverter.class,
            completionCandidates = FormatNames.class,
            description = "Formats to build, comma-separated: md, html, pdf, rixml (default: all four).")
    private List<Format> formats;

    @CommandLine.Mixin
    private TemplatesOption templates;

    @Option(names = "--strict", description = "Do not build when the checks find warnings (exit 1).")
    private boolean strict;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors: no progress, warnings or summary.")
    private boolean quiet;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Set<Format> selected = formats == null || formats.isEmpty() ? EnumSet.allOf(Format.class) : EnumSet.copyOf(formats);
        if (all && selection.named() != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--all builds every week under --content; name no week folder with it");
        }
        ReportBuild build = new ReportBuild(Path.of(""), templates.source());
        // One pool for the whole command: a week's PDF lays out beside its other formats, or, under
        // --all, each thread builds a week of its own.
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
        try {
            return all
                    ? buildAll(build, WeekFolders.all(selection.contentDir()), selected, executor)
                    : buildOne(build, selection.week(), selected, executor);
        } finally {
            executor.shutdownNow();
        }
    }

    private static final int THREADS = Runtime.getRuntime().availableProcessors();

    private static ThreadFactory daemonThreads() {
        return task -> {
            Thread thread = new Thread(task, "build");
            thread.setDaemon(true);
            return thread;
        };
    }

    private int buildOne(ReportBuild build, Path week, Set<Format> selected, ExecutorService executor) throws Exception {
        BuildResult result = build.build(week, outDir, selected, strict, executor);
        if (!quiet) {
            PrintWriter err = spec.commandLine().getErr();
            Findings.print(err, result.warnings());
            err.flush();
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Built %s in %d ms%n", result.week(), result.totalMillis());
            printFiles(out, result);
            out.flush();
        }
        return ExitCodes.OK;
    }

    private int buildAll(ReportBuild build, List<Path> weeks, Set<Format> selected, ExecutorService executor)
            throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int threads = Math.min(THREADS, weeks.size());
        int[] worst = {ExitCodes.OK};
        long start = System.nanoTime();
        List<BatchBuild.Outcome> outcomes = new BatchBuild(build, executor).run(weeks, outDir, selected, strict,
                (outcome, done, total) -> {
                    String counter = String.format(Locale.ROOT, "[%" + digits(total) + "d/%d] %s", done, total,
                            outcome.weekDir().getFileName());
                    if (outcome instanceof BatchBuild.Built built) {
                        if (!quiet) {
                            Findings.print(err, built.result().warnings());
                            err.flush();
                            out.printf(Locale.ROOT, "%s built in %d ms%s%n", counter, built.millis(),
                                    built.result().warnings().isEmpty() ? ""
                                            : " (" + Findings.count(built.result().warnings()) + ")");
                            out.flush();
                        }
                    } else if (outcome instanceof BatchBuild.Failed failed) {
                        err.println(counter + " failed:");
                        worst[0] = Math.max(worst[0], FailureHandler.report(failed.failure(), err, selection.verbose()));
                        err.flush();
                    }
                });
        if (!quiet) {
            printSummary(out, outcomes, (System.nanoTime() - start) / 1_000_000, threads);
        }
        return worst[0];
    }

    private static void printSummary(PrintWriter out, List<BatchBuild.Outcome> outcomes, long wallMillis, int threads) {
        List<BuildResult> built = outcomes.stream()
                .filter(BatchBuild.Built.class::isInstance).map(o -> ((BatchBuild.Built) o).result()).toList();
        out.printf(Locale.ROOT, "Built %d of %d weeks in %.1f s on %d threads", built.size(), outcomes.size(),
                wallMillis / 1000.0, threads);
        if (!built.isEmpty()) {
            BuildResult slowest = built.stream().max(Comparator.comparingLong(BuildResult::totalMillis)).orElseThrow();
            out.printf(Locale.ROOT, ": %d ms a week of wall time; slowest %s (%d ms)", wallMillis / built.size(),
                    slowest.week(), slowest.totalMillis());
        }
        out.println(".");
        if (!built.isEmpty()) {
            StringBuilder perFormat = new StringBuilder("Median render time a week:");
            for (Format format : Format.values()) {
                long[] millis = built.stream().flatMap(r -> r.files().stream())
                        .filter(f -> f.format() == format).mapToLong(BuildResult.Written::renderMillis).sorted().toArray();
                if (millis.length > 0) {
                    perFormat.append(' ').append(format.label()).append(' ').append(millis[millis.length / 2]).append(" ms,");
                }
            }
            out.println(perFormat.substring(0, perFormat.length() - 1) + ".");
        }
        out.flush();
    }

    private static void printFiles(PrintWriter out, BuildResult result) {
        for (BuildResult.Written file : result.files()) {
            out.printf(Locale.ROOT, "  %-5s %-48s %9s  %5d ms%s%n", file.format().label(), file.path(),
                    size(file.bytes()), file.renderMillis(),
                    file.companions() == 0 ? "" : "  + " + file.companions() + " figure files beside it");
        }
    }

    private static int digits(int n) {
        return String.valueOf(n).length();
    }

    private static String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

    /** The formats as the command line writes them, for completion. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(Format.values()).map(Format::label).iterator();
        }
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
