package com.sectorweekly.cli;

import com.sectorweekly.build.BuildResult;
import com.sectorweekly.build.WeekFolders;
import com.sectorweekly.build.WeeklyBuild;
import com.sectorweekly.render.Format;
import com.sectorweekly.render.TemplateSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code sector-weekly build}: one week to Markdown, HTML and PDF under the output folder. */
@Command(name = "build",
        mixinStandardHelpOptions = true,
        description = "Checks one week's content, then builds its report into <out>/<week>/.")
final class BuildCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "WEEK_DIR",
            description = "The week folder, e.g. content/2026-W13. Default: the newest week under --content.")
    private Path weekDir;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Where desk.yaml and the week folders are (default: ${DEFAULT-VALUE}).")
    private Path contentDir;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output",
            description = "Where the report is written, in a folder per week (default: ${DEFAULT-VALUE}).")
    private Path outDir;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", converter = FormatConverter.class,
            description = "Formats to build, comma-separated: md, html, pdf (default: all three).")
    private List<Format> formats;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "A templates folder to use instead of the built-in one (with html/ and markdown/).")
    private Path templatesDir;

    @Option(names = "--strict", description = "Do not build when the checks find warnings (exit 1).")
    private boolean strict;

    @Option(names = "--verbose", description = "Print stack traces of failures.")
    private boolean verbose;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path week = weekDir != null ? weekDir : WeekFolders.newest(contentDir);
        Set<Format> selected = formats == null || formats.isEmpty() ? EnumSet.allOf(Format.class) : EnumSet.copyOf(formats);
        TemplateSource templates = templatesDir == null ? TemplateSource.builtIn() : TemplateSource.folder(templatesDir);
        BuildResult result = new WeeklyBuild(Path.of(""), templates).build(week, outDir, selected, strict);
        PrintWriter err = spec.commandLine().getErr();
        Findings.print(err, result.warnings());
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Built %s in %d ms%n", result.week(), result.totalMillis());
        for (BuildResult.Written file : result.files()) {
            out.printf(Locale.ROOT, "  %-4s %-48s %9s  %5d ms%n", file.format().extension(), file.path(),
                    size(file.bytes()), file.renderMillis());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
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
