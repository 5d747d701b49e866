package com.sectorweekly.testing;

import com.sectorweekly.pipeline.ReportBuild;
import com.sectorweekly.check.Finding;
import com.sectorweekly.content.ContentException;
import com.sectorweekly.content.ContentLoader;
import com.sectorweekly.content.LoadedWeek;
import com.sectorweekly.render.Format;
import com.sectorweekly.render.RenderException;
import com.sectorweekly.render.TemplateSource;
import com.sectorweekly.document.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The example week assembled and rendered once per test class that needs it. */
public final class ExampleReport {

    private static final ReportBuild BUILD = new ReportBuild(Path.of(""), TemplateSource.builtIn());

    public final LoadedWeek loaded;
    public final Document report;
    private final Map<Format, byte[]> rendered = new EnumMap<>(Format.class);

    private ExampleReport(Path weekDir) {
        try {
            this.loaded = new ContentLoader(Path.of("")).load(weekDir);
            this.report = BUILD.assemble(weekDir);
        } catch (ContentException e) {
            throw new AssertionError("the week must load:\n" + e.getMessage(), e);
        }
    }

    public static ExampleReport bundled() {
        return of(ExampleWeek.CONTENT.resolve(ExampleWeek.WEEK));
    }

    public static ExampleReport of(Path weekDir) {
        return new ExampleReport(weekDir);
    }

    /** What check finds in the week, against its desk and the weeks before it. */
    public List<Finding> findings() {
        try {
            return BUILD.check(loaded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] bytes(Format format) {
        return rendered.computeIfAbsent(format, f -> {
            try {
                return BUILD.render(report, f).document();
            } catch (RenderException e) {
                throw new AssertionError(e.getMessage(), e);
            }
        });
    }

    /** What a reader of that format sees, white space removed. */
    public String text(Format format) {
        return Texts.of(format, bytes(format));
    }
}
