package com.sectorweekly.cli;

import com.sectorweekly.build.BuildResult;
import com.sectorweekly.build.WeeklyBuild;
import com.sectorweekly.render.Format;
import com.sectorweekly.render.TemplateSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
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

    @CommandLine.Mixin
    private WeekSelection selection;

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

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path week = selection.week();
        Set<Format> selected = formats == null || formats.isEmpty() ? EnumSet.allOf(Format.class) : EnumSet.copyOf(formats);
        if (templatesDir != null && !(Files.isDirectory(templatesDir.resolve("html"))
                && Files.isDirectory(templatesDir.resolve("markdown")))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--templates " + templatesDir
                    + " is not a templates folder: it needs html/ and markdown/ inside");
        }
        TemplateSource templates = templatesDir == null ? TemplateSource.builtIn() : TemplateSource.folder(templatesDir);
        BuildResult result = new WeeklyBuild(Path.of(""), templates).build(week, outDir, selected, strict);
        PrintWriter err = spec.commandLine().getErr();
        Findings.print(err, result.warnings());
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Built %s in %d ms%n", result.week(), result.totalMillis());
        for (BuildResult.Written file : result.files()) {
            out.printf(Locale.ROOT, "  %-4s %-48s %9s  %5d ms%s%n", file.format().extension(), file.path(),
                    size(file.bytes()), file.renderMillis(),
                    file.companions() == 0 ? "" : "  + " + file.companions() + " chart SVGs beside it");
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
