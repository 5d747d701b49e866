package com.sectorweekly.build;

import com.sectorweekly.check.Checker;
import com.sectorweekly.check.ChecksFailed;
import com.sectorweekly.check.EarlierWeeks;
import com.sectorweekly.check.Finding;
import com.sectorweekly.check.Severity;
import com.sectorweekly.content.ContentException;
import com.sectorweekly.content.ContentLoader;
import com.sectorweekly.content.LoadedWeek;
import com.sectorweekly.output.OutputFile;
import com.sectorweekly.output.Publisher;
import com.sectorweekly.render.Format;
import com.sectorweekly.render.RenderException;
import com.sectorweekly.render.Renderer;
import com.sectorweekly.render.TemplateSource;
import com.sectorweekly.render.html.HtmlRenderer;
import com.sectorweekly.render.markdown.MarkdownRenderer;
import com.sectorweekly.render.pdf.PdfRenderer;
import com.sectorweekly.report.Report;
import com.sectorweekly.report.ReportAssembler;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One build of a week, stage after stage: load the content, run the consistency checks, assemble
 * the report, render every requested format in memory, and only then publish them together into
 * {@code <out>/<week>/}. Keep an instance to rebuild: it holds the compiled templates.
 */
public final class WeeklyBuild {

    /** How many earlier weeks the checks compare with, at least. */
    private static final int EARLIER_WEEKS = 8;

    private final ContentLoader loader;
    private final Checker checker = new Checker();
    private final ReportAssembler assembler = new ReportAssembler(Locale.SIMPLIFIED_CHINESE);
    private final Map<Format, Renderer> renderers = new EnumMap<>(Format.class);
    private final Publisher publisher = new Publisher();

    public WeeklyBuild(Path workingDir, TemplateSource templates) {
        this.loader = new ContentLoader(workingDir);
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
        return checker.check(week, EarlierWeeks.before(week, loader, lookBack));
    }

    public Report assemble(LoadedWeek week) {
        return assembler.assemble(week);
    }

    /** Loads and assembles without checking, for callers that only render. */
    public Report assemble(Path weekDir) throws ContentException {
        return assemble(load(weekDir));
    }

    public byte[] render(Report report, Format format) throws RenderException {
        return renderers.get(format).render(report);
    }

    /**
     * @param strict whether warnings stop the build as errors do
     * @throws ChecksFailed when the checks found errors, or warnings under {@code strict}
     */
    public BuildResult build(Path weekDir, Path outRoot, Set<Format> formats, boolean strict)
            throws ContentException, ChecksFailed, RenderException, IOException {
        long start = System.nanoTime();
        LoadedWeek week = load(weekDir);
        List<Finding> findings = check(week);
        if (findings.stream().anyMatch(f -> strict || f.severity() == Severity.ERROR)) {
            throw new ChecksFailed(findings);
        }
        Report report = assemble(week);
        List<OutputFile> files = new ArrayList<>();
        List<Long> renderNanos = new ArrayList<>();
        List<Format> ordered = formats.stream().sorted().toList();
        for (Format format : ordered) {
            long t = System.nanoTime();
            files.add(new OutputFile(report.fileStem() + "." + format.extension(), render(report, format)));
            renderNanos.add(System.nanoTime() - t);
        }
        List<Path> written = publisher.publish(outRoot.resolve(report.week()), files);
        List<BuildResult.Written> results = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            results.add(new BuildResult.Written(ordered.get(i), written.get(i), files.get(i).content().length,
                    renderNanos.get(i) / 1_000_000));
        }
        return new BuildResult(report.week(), results, findings, (System.nanoTime() - start) / 1_000_000);
    }
}
