package com.sectorweekly.pipeline;

import com.sectorweekly.render.Format;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Several weeks built on the command's threads, as a desk rebuilding its archive would: each week
 * is published on its own, a week that fails does not stop the others, and every week is reported
 * the moment it is done. A week's formats are written one after another on its thread, so the
 * build never runs more threads than the executor has.
 */
public final class BatchBuild {

    /** Told of each week as it finishes, one call at a time, with how many are done so far. */
    public interface Progress {
        void finished(Outcome outcome, int done, int total);
    }

    /** How one week's build ended. */
    public sealed interface Outcome {
        Path weekDir();

        long millis();
    }

    public record Built(Path weekDir, BuildResult result) implements Outcome {
        @Override
        public long millis() {
            return result.totalMillis();
        }
    }

    public record Failed(Path weekDir, Exception failure, long millis) implements Outcome {
    }

    private final ReportBuild build;
    private final ExecutorService executor;

    public BatchBuild(ReportBuild build, ExecutorService executor) {
        this.build = build;
        this.executor = executor;
    }

    /** Builds every week, and returns how each ended, in the order given. */
    public List<Outcome> run(List<Path> weeks, Path outRoot, Set<Format> formats, boolean strict, Progress progress)
            throws InterruptedException {
        Object reporting = new Object();
        int[] done = {0};
        List<Future<Outcome>> futures = new ArrayList<>();
        try {
            for (Path week : weeks) {
                futures.add(executor.submit(() -> {
                    Outcome outcome = buildOne(week, outRoot, formats, strict);
                    synchronized (reporting) {
                        progress.finished(outcome, ++done[0], weeks.size());
                    }
                    return outcome;
                }));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                try {
                    outcomes.add(future.get());
                } catch (ExecutionException e) {
                    // buildOne catches every failure of a build; this is a failure of the progress report itself.
                    throw new IllegalStateException(e.getCause());
                }
            }
            return outcomes;
        } finally {
            futures.forEach(f -> f.cancel(true));
        }
    }

    private Outcome buildOne(Path week, Path outRoot, Set<Format> formats, boolean strict) {
        long start = System.nanoTime();
        try {
            return new Built(week, build.build(week, outRoot, formats, strict, Runnable::run));
        } catch (Exception e) {
            return new Failed(week, e, (System.nanoTime() - start) / 1_000_000);
        }
    }
}
