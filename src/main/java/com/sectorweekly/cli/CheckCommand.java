package com.sectorweekly.cli;

import com.sectorweekly.pipeline.ReportBuild;
import com.sectorweekly.check.Finding;
import com.sectorweekly.content.ContentException;
import com.sectorweekly.content.LoadedWeek;
import com.sectorweekly.render.TemplateSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code sector-weekly check}: the week's content against the desk file and the earlier weeks. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        description = "Checks a week's content without building it: one line per finding, then a count.")
final class CheckCommand implements Callable<Integer> {

    @CommandLine.Mixin
    private WeekSelection selection;

    @Option(names = "--strict", description = "Exit 1 when there are warnings, even without errors.")
    private boolean strict;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path week = null;
        List<Finding> findings;
        try {
            week = selection.week();
            ReportBuild build = new ReportBuild(Path.of(""), TemplateSource.builtIn());
            LoadedWeek loaded = build.load(week);
            findings = build.check(loaded);
        } catch (ContentException e) {
            findings = e.problems().stream().map(Finding::of).toList();
        }
        PrintWriter out = spec.commandLine().getOut();
        Findings.print(out, findings);
        String name = week != null ? week.getFileName().toString()
                : selection.named() != null ? Path.of(selection.named()).getFileName().toString() : "content";
        out.println(name + ": " + Findings.count(findings));
        out.flush();
        return Findings.exitCode(findings, strict);
    }
}
