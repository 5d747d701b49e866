package com.sectorweekly.build;

import com.sectorweekly.check.Checker;
import com.sectorweekly.check.ChecksFailed;
import com.sectorweekly.check.EarlierWeeks;
import com.sectorweekly.check.Finding;
import com.sectorweekly.check.Severity;
import com.sectorweekly.content.ContentException;
import com.sectorweekly.content.ContentLoader;
import com.sectorweekly.content.LoadedWeek;
import com.sectorweekly.content.LoadedWeeks;
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
import com.sectorweekly.report.Report;
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
import java.util.stream.Stream;

/**
 * One build of a week, stage after stage: load the content, run the consistency checks, assemble
 * the report, render every requested format in memory, and only then publish them together into
 * {@code <out>/<week>/}. Keep an instance to rebuild: it holds the compiled templates.
 */
public final class WeeklyBuild {

    /** How many earlier weeks the checks compare with, at least. */
    private static final int EARLIER_WEEKS = 8;

    private final ContentLoader loader;
    private final LoadedWeeks earlierWeeks;
    private final Checker checker = new Checker();
    private final ReportAssembler assembler = new ReportAssembler();
    private final Map<Format, Renderer> renderers = new EnumMap<>(Format.class);
    private final RixmlWriter rixml = new RixmlWriter();
    private final Publisher publisher = new Publisher();

    public WeeklyBuild(Path workingDir, TemplateSource templates) {
        this.loader = new ContentLoader(workingDir);
        this.earlierWeeks = new LoadedWeeks(loader);
        renderers.put(Format.MD, new MarkdownRenderer(templates));
        renderers.put(Format.HTML, new HtmlRenderer(templates));
        renderers.put(Format.PDF, new PdfRenderer());
    }

    public LoadedWeek load(Path weekDir) throws ContentException {
        return loader.load(weekDir);
    }

    /** The consistency checks of a loaded week, against the desk and the weeks before it. */
    public List<Finding> check(LoadedWeek week) throws IOException {
        int lookBack = Math.max(week.desk().checks().carriedOverWeeks(), EARLIER_WEEKS);
        return checker.check(week, EarlierWeeks.before(week, earlierWeeks, lookBack));
    }

    public Report assemble(LoadedWeek week) {
        return assembler.assemble(week);
    }

    /** Loads and assembles without checking, for callers that only render. */
    public Report assemble(Path weekDir) throws ContentException {
        return assemble(load(weekDir));
    }

    /** One format in memory; the RIXML file lists all three documents. */
    public Rendered render(Report report, Format format) throws RenderException {
        if (format == Format.RIXML) {
            return describe(report, EnumSet.allOf(Format.class));
        }
        return renderers.get(format).render(report);
    }

    /** The RIXML file for the documents among {@code formats}, the PDF first as the primary one. */
    private Rendered describe(Report report, Set<Format> formats) throws RenderException {
        List<RixmlWriter.Resource> resources = Stream.of(Format.PDF, Format.HTML, Format.MD)
                .filter(formats::contains)
                .map(f -> new RixmlWriter.Resource(f, report.fileStem() + "." + f.extension()))
                .toList();
        return new Rendered(rixml.write(report, resources), Map.of());
    }

    private record Rendition(Format format, Rendered rendered, long millis) {
    }

    private Rendition renderTimed(Report report, Format format) {
        long t = System.nanoTime();
        try {
            return new Rendition(format, render(report, format), (System.nanoTime() - t) / 1_000_000);
        } catch (RenderException e) {
            throw new CompletionException(e);
        }
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

    private static void startThread(Runnable task) {
        daemon("pdf-render", task);
    }

    /** Loads something ahead of need; a failure is reported by the render that needs it, in its own words. */
    private static void preload(String name, Runnable load) {
        daemon(name, () -> {
            try {
                load.run();
            } catch (RuntimeException | LinkageError e) {
                // reported where the result is used
            }
        });
    }

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * @param strict whether warnings stop the build as errors do
     * @throws ChecksFailed when the checks found errors, or warnings under {@code strict}
     */
    public BuildResult build(Path weekDir, Path outRoot, Set<Format> formats, boolean strict)
            throws ContentException, ChecksFailed, RenderException, IOException {
        long start = System.nanoTime();
        // Fonts parse on the spare cores while the content loads and is checked, which need none.
        if (formats.contains(Format.PDF)) {
            preload("pdf-fonts", PdfRenderer::loadFonts);
        }
        preload("chart-font", ChartFont::load);
        LoadedWeek week = load(weekDir);
        List<Finding> findings = check(week);
        if (findings.stream().anyMatch(f -> strict || f.severity() == Severity.ERROR)) {
            throw new ChecksFailed(findings);
        }
        Report report = assemble(week);
        List<Format> ordered = formats.stream().sorted().toList();
        // The PDF takes longest: it renders on a thread of its own while the others render here.
        CompletableFuture<Rendition> pdf = formats.contains(Format.PDF)
                ? CompletableFuture.supplyAsync(() -> renderTimed(report, Format.PDF), WeeklyBuild::startThread)
                : null;
        // The RIXML needs none of the documents, only their names: it is written while the PDF lays out.
        Rendition rixmlFile = null;
        if (formats.contains(Format.RIXML)) {
            long t = System.nanoTime();
            rixmlFile = new Rendition(Format.RIXML, describe(report, formats), (System.nanoTime() - t) / 1_000_000);
        }
        List<Rendition> renditions = new ArrayList<>();
        for (Format format : ordered) {
            renditions.add(switch (format) {
                case PDF -> join(pdf);
                case RIXML -> rixmlFile;
                default -> renderTimed(report, format);
            });
        }
        List<OutputFile> files = new ArrayList<>();
        for (Rendition r : renditions) {
            files.add(new OutputFile(report.fileStem() + "." + r.format().extension(), r.rendered().document()));
        }
        for (Rendition r : renditions) {
            r.rendered().companions().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> files.add(new OutputFile(e.getKey(), e.getValue())));
        }
        Path folder = outRoot.resolve(report.week());
        List<Path> written = publisher.publish(folder, files);
        if (formats.contains(Format.MD)) {
            // A week that had more charts before keeps no stale drawings beside its Markdown.
            publisher.removeUnlisted(folder, report.fileStem() + "-", ".svg", files);
        }
        List<BuildResult.Written> results = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            results.add(new BuildResult.Written(ordered.get(i), written.get(i), files.get(i).content().length,
                    renditions.get(i).rendered().companions().size(), renditions.get(i).millis()));
        }
        return new BuildResult(report.week(), results, findings, (System.nanoTime() - start) / 1_000_000);
    }
}
