package com.sectorweekly.pipeline;

import com.sectorweekly.check.Checker;
import com.sectorweekly.check.ChecksFailed;
import com.sectorweekly.check.EarlierWeeks;
import com.sectorweekly.check.Finding;
import com.sectorweekly.check.Severity;
import com.sectorweekly.content.ContentException;
import com.sectorweekly.content.ContentLoader;
import com.sectorweekly.content.LoadedWeek;
import com.sectorweekly.content.LoadedWeeks;
import com.sectorweekly.document.Document;
import com.sectorweekly.output.OutputFile;
import com.sectorweekly.output.Publisher;
import com.sectorweekly.render.Format;
import com.sectorweekly.render.RenderException;
import com.sectorweekly.render.Rendered;
import com.sectorweekly.render.Renderer;
import com.sectorweekly.render.TemplateSource;
import com.sectorweekly.render.chart.ChartFont;
import com.sectorweekly.render.html.HtmlRenderer;
import com.sectorweekly.render.markdown.MarkdownRenderer;
import com.sectorweekly.render.pdf.PdfRenderer;
import com.sectorweekly.render.rixml.RixmlWriter;
import com.sectorweekly.report.ReportAssembler;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * One build of a report, stage after stage: load the content, run the consistency checks, assemble
 * the document, write every requested format in memory, and only then publish them together into
 * {@code <out>/<week>/}. Keep an instance to rebuild: it holds the compiled templates.
 */
public final class ReportBuild {

    /** How many earlier weeks the checks compare with, at least. */
    private static final int EARLIER_WEEKS = 8;

    /** This week and the weeks before it, each read once while its files are unchanged. */
    private final LoadedWeeks weeks;
    private final Checker checker = new Checker();
    private final ReportAssembler assembler = new ReportAssembler();
    private final Map<Format, Renderer> renderers = new EnumMap<>(Format.class);
    private final Publisher publisher = new Publisher();

    public ReportBuild(Path workingDir, TemplateSource templates) {
        this.weeks = new LoadedWeeks(new ContentLoader(workingDir));
        renderers.put(Format.MD, new MarkdownRenderer(templates));
        renderers.put(Format.HTML, new HtmlRenderer(templates));
        renderers.put(Format.PDF, new PdfRenderer(templates));
        renderers.put(Format.RIXML, new RixmlWriter());
    }

    /** A week as its build and its checks take it: keys its files do not know are found by the checks. */
    public LoadedWeek load(Path weekDir) throws ContentException {
        return weeks.loadForChecks(weekDir);
    }

    /** The consistency checks of a loaded week, against the desk and the weeks before it. */
    public List<Finding> check(LoadedWeek week) throws IOException {
        int lookBack = Math.max(week.desk().checks().carriedOverWeeks(), EARLIER_WEEKS);
        return checker.check(week, EarlierWeeks.before(week, weeks, lookBack));
    }

    /** The report's document tree; the week must have passed its checks. */
    public Document assemble(LoadedWeek week) {
        return assembler.assemble(week.desk(), week.kind(), week.outline(), week.week());
    }

    /** Loads and assembles without checking, for callers that only render a week known to be clean. */
    public Document assemble(Path weekDir) throws ContentException {
        return assemble(load(weekDir));
    }

    /** One format in memory, as a build of every format would make it. */
    public Rendered render(Document document, Format format) throws RenderException {
        return renderers.get(format).render(document, EnumSet.allOf(Format.class));
    }

    private record Rendition(Format format, Rendered rendered, long millis) {
    }

    /**
     * @param strict   whether warnings stop the build as errors do
     * @param executor where the PDF, the slowest format, is laid out while the others are written
     *                 here, and the fonts parse while the content loads; a build of many weeks at
     *                 once passes one that runs each task in the calling thread
     * @throws ChecksFailed when the checks found errors, or warnings under {@code strict}
     */
    public BuildResult build(Path weekDir, Path outRoot, Set<Format> formats, boolean strict, Executor executor)
            throws ContentException, ChecksFailed, RenderException, IOException {
        long start = System.nanoTime();
        if (formats.contains(Format.PDF)) {
            preload(executor, PdfRenderer::loadFonts);
        }
        preload(executor, ChartFont::load);
        LoadedWeek week = load(weekDir);
        List<Finding> findings = check(week);
        if (findings.stream().anyMatch(f -> strict || f.severity() == Severity.ERROR)) {
            throw new ChecksFailed(findings);
        }
        Document document = assemble(week);
        List<Format> ordered = formats.stream().sorted().toList();
        CompletableFuture<Rendition> pdf = formats.contains(Format.PDF)
                ? CompletableFuture.supplyAsync(() -> {
                    try {
                        return renderTimed(document, Format.PDF, formats);
                    } catch (RenderException e) {
                        throw new CompletionException(e);
                    }
                }, executor)
                : null;
        List<Rendition> renditions = new ArrayList<>();
        for (Format format : ordered) {
            renditions.add(format == Format.PDF ? join(pdf) : renderTimed(document, format, formats));
        }
        List<OutputFile> files = new ArrayList<>();
        for (Rendition r : renditions) {
            files.add(new OutputFile(document.fileStem() + "." + r.format().extension(), r.rendered().document()));
        }
        for (Rendition r : renditions) {
            r.rendered().companions().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> files.add(new OutputFile(e.getKey(), e.getValue())));
        }
        String drawings = document.fileStem() + "-";
        boolean markdown = formats.contains(Format.MD);
        // A week that had more charts before keeps no stale drawings beside its Markdown.
        List<Path> written = publisher.publish(outRoot, document.period(), files,
                name -> markdown && name.startsWith(drawings) && name.endsWith(".svg"));
        List<BuildResult.Written> results = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            results.add(new BuildResult.Written(ordered.get(i), written.get(i), files.get(i).content().length,
                    renditions.get(i).rendered().companions().size(), renditions.get(i).millis()));
        }
        return new BuildResult(document.period(), results, findings, (System.nanoTime() - start) / 1_000_000);
    }

    private Rendition renderTimed(Document document, Format format, Set<Format> formats) throws RenderException {
        long t = System.nanoTime();
        Rendered rendered = renderers.get(format).render(document, formats);
        return new Rendition(format, rendered, (System.nanoTime() - t) / 1_000_000);
    }

    private static Rendition join(CompletableFuture<Rendition> rendition) throws RenderException {
        try {
            return rendition.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RenderException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Loads something ahead of need; a failure is reported by the render that needs it, in its own words. */
    private static void preload(Executor executor, Runnable load) {
        executor.execute(() -> {
            try {
                load.run();
            } catch (RuntimeException | LinkageError e) {
                // reported where the result is used
            }
        });
    }
}
