package com.sectorweekly.cli;

import com.sectorweekly.authoring.NewReport;
import com.sectorweekly.content.ContentLoader;
import com.sectorweekly.content.Problem;
import com.sectorweekly.model.Desk;
import com.sectorweekly.model.ReportPeriod;
import com.sectorweekly.pipeline.WeekFolders;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code sector-weekly new}: the next report's folder, made from the last one of its kind. */
@Command(name = "new",
        mixinStandardHelpOptions = true,
        description = {"Makes a new report folder and lists what is left to fill in. The kind's period names it: "
                + "2026-W14 (a weekly), 2026-04 (a monthly), 2026-04-15-ai-chips (a one-off report such as a thematic one).",
                "A weekly is made from the last week: carried over are segments and their indices, the 景气度 table, "
                        + "the risk list, core data and every CSV; emptied and marked 待更新 are index moves, commentaries "
                        + "and their page-1 summaries, headline and views, the market review's figures and movers, the news "
                        + "and the paragraphs of the week's own chapters. Dates move by whole weeks.",
                "A monthly is made from the last month: its chapters, tables, charts and files carried over, its headline, "
                        + "summary and paragraphs emptied. A one-off report starts from a skeleton.",
                "An existing folder is never overwritten."})
final class NewCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "PERIOD",
            description = "The folder to make: 2026-W14, 2026-04 or 2026-04-15-ai-chips "
                    + "(default: the period after the newest report of the kind).")
    private String period;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "The kind of report, from desk.yaml's report_kinds (default: the one whose period PERIOD names; "
                    + "without PERIOD, the weekly).")
    private String kind;

    @Option(names = "--from", paramLabel = "REPORT",
            description = "The report to start from: a name such as 2026-W13 or a folder (default: the newest of the kind).")
    private String from;

    @CommandLine.Mixin
    private ContentOption content;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path contentDir = content.dir();
        Desk desk = new ContentLoader(Path.of("")).loadDesk(contentDir);
        ReportPeriod target = period == null ? null : ReportPeriod.of(period).orElseThrow(() -> usage("'" + period
                + "' names no period: write a week (2026-W14), a month (2026-04) or a day and a short name (2026-04-15-ai-chips)"));
        Desk.ReportKind reportKind = kindOf(desk, target);
        NewReport maker = new NewReport(Path.of(""));
        NewReport.Created created = switch (reportKind.period()) {
            case ReportPeriod.WEEK -> maker.nextWeek(fromDir(contentDir, reportKind, target),
                    target == null ? null : ((ReportPeriod.Week) target).week());
            case ReportPeriod.MONTH -> maker.nextMonth(fromDir(contentDir, reportKind, target),
                    target == null ? null : ((ReportPeriod.Month) target).month());
            default -> {
                if (!(target instanceof ReportPeriod.Day day)) {
                    throw usage("a " + reportKind.name() + " report is named by its day and a short name, "
                            + "e.g. new 2026-04-15-ai-chips --kind " + reportKind.name());
                }
                yield maker.oneOff(contentDir, desk, reportKind, day);
            }
        };
        print(contentDir.resolve(created.dir().getFileName()), created);
        return ExitCodes.OK;
    }

    /**
     * The kind asked for, or the desk's kind whose period the name is of (the new one's, else that
     * of the report to start from), or the weekly.
     */
    private Desk.ReportKind kindOf(Desk desk, ReportPeriod target) {
        String kinds = desk.reportKinds().stream().map(k -> k.name() + " (" + k.period() + ")").collect(Collectors.joining(", "));
        if (kind != null) {
            Desk.ReportKind named = desk.kind(kind).orElseThrow(() -> usage("desk.yaml's report_kinds has no '" + kind
                    + "'; it has: " + kinds));
            if (target != null && !target.kind().equals(named.period())) {
                throw usage("'" + period + "' is not " + ReportPeriod.example(named.period()) + ", as a "
                        + named.name() + " report is named");
            }
            return named;
        }
        ReportPeriod named = target != null ? target
                : from == null ? null : ReportPeriod.of(Path.of(from).getFileName().toString()).orElse(null);
        String periodKind = named == null ? ReportPeriod.WEEK : named.kind();
        List<Desk.ReportKind> matching = desk.reportKinds().stream().filter(k -> k.period().equals(periodKind)).toList();
        if (matching.size() == 1) {
            return matching.get(0);
        }
        throw usage(matching.isEmpty()
                ? "the desk publishes no report by the " + periodKind + "; desk.yaml's report_kinds: " + kinds
                : "several kinds of report are named by the " + periodKind + "; say which with --kind: " + kinds);
    }

    private Path fromDir(Path contentDir, Desk.ReportKind reportKind, ReportPeriod target) throws Exception {
        return from != null ? WeekFolders.named(contentDir, from) : WeekFolders.newestBefore(contentDir, reportKind.period(), target);
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private void print(Path dir, NewReport.Created created) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Made %s%s: report date %s%s, %d files.%n", dir,
                created.from() == null ? "" : " from " + created.from().name(), created.reportDate(),
                created.marketFrom() == null ? "" : ", market week " + created.marketFrom() + " to " + created.marketTo(),
                created.files().size());
        if (created.toFillIn().isEmpty()) {
            out.println("Nothing is marked to fill in; check and build it when its figures are right.");
        } else {
            out.printf("%d places to fill in before it builds (check lists them again):%n", created.toFillIn().size());
            for (Problem problem : created.toFillIn()) {
                out.println("  " + problem);
            }
            out.println(switch (created.period().kind()) {
                case ReportPeriod.WEEK -> "Also bring the CSVs up to date: the index closes and any KPI history with a new period.";
                case ReportPeriod.MONTH -> "Also bring the lists, tables, charts and their data files up to date.";
                default -> "Then add the chapters, their sections, figures and tables.";
            });
        }
        out.flush();
    }
}
