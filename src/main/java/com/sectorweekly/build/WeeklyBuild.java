package com.sectorweekly.build;

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
 * One build of a week, stage after stage: load and check the content, assemble the report, render
 * every requested format in memory, and only then publish them together into {@code <out>/<week>/}.
 * Keep an instance to rebuild: it holds the compiled templates.
 */
public final class WeeklyBuild {

    private final ContentLoader loader;
    private final ReportAssembler assembler = new ReportAssembler(Locale.SIMPLIFIED_CHINESE);
    private final Map<Format, Renderer> renderers = new EnumMap<>(Format.class);
    private final Publisher publisher = new Publisher();

    public WeeklyBuild(Path workingDir, TemplateSource templates) {
        this.loader = new ContentLoader(workingDir);
        renderers.put(Format.MD, new MarkdownRenderer(templates));
        renderers.put(Format.HTML, new HtmlRenderer(templates));
        renderers.put(Format.PDF, new PdfRenderer());
    }

    public Report assemble(Path weekDir) throws ContentException {
        LoadedWeek week = loader.load(weekDir);
        return assembler.assemble(week);
    }

    public byte[] render(Report report, Format format) throws RenderException {
        return renderers.get(format).render(report);
    }

    public BuildResult build(Path weekDir, Path outRoot, Set<Format> formats)
            throws ContentException, RenderException, IOException {
        long start = System.nanoTime();
        Report report = assemble(weekDir);
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
        return new BuildResult(report.week(), results, (System.nanoTime() - start) / 1_000_000);
    }
}
