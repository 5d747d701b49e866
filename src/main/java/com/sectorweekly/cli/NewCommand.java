package com.sectorweekly.cli;

import com.sectorweekly.authoring.NewWeek;
import com.sectorweekly.pipeline.WeekFolders;
import com.sectorweekly.content.Problem;
import com.sectorweekly.model.IsoWeek;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code sector-weekly new}: next week's folder, made from the last one. */
@Command(name = "new",
        mixinStandardHelpOptions = true,
        description = {"Makes a new week folder from an earlier one, and lists what is left to fill in.",
                "Carried over: segments and their indices, the 景气度 table, the risk list, core data and every CSV. "
                        + "Emptied and marked 待更新: index moves and commentary, headline and views, "
                        + "the market review's figures and movers, the news. Dates move by whole weeks.",
                "An existing week folder is never overwritten."})
final class NewCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "WEEK", converter = IsoWeekConverter.class,
            description = "The week to make, e.g. 2026-W14 (default: the week after --from).")
    private IsoWeek week;

    @Option(names = "--from", paramLabel = "WEEK",
            description = "The week to start from: a name such as 2026-W13 or a week folder (default: the newest week).")
    private String from;

    @CommandLine.Mixin
    private ContentOption content;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path contentDir = content.dir();
        Path fromDir;
        if (from != null) {
            fromDir = WeekFolders.named(contentDir, from);
        } else {
            fromDir = week == null ? WeekFolders.newestBefore(contentDir, null) : WeekFolders.newestBefore(contentDir, week);
        }
        NewWeek.Created created = new NewWeek(Path.of("")).create(fromDir, week);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Made %s from %s: report date %s, market week %s to %s, %d files.%n",
                contentDir.resolve(created.week().toString()), created.from(), created.reportDate(),
                created.marketFrom(), created.marketTo(), created.files().size());
        if (created.toFillIn().isEmpty()) {
            out.println("Nothing is marked to fill in; check and build it when its figures are right.");
        } else {
            out.printf("%d places to fill in before it builds (check lists them again):%n", created.toFillIn().size());
            for (Problem problem : created.toFillIn()) {
                out.println("  " + problem);
            }
            out.println("Also bring the CSVs up to date: the index closes and any KPI history with a new period.");
        }
        out.flush();
        return ExitCodes.OK;
    }

    static final class IsoWeekConverter implements CommandLine.ITypeConverter<IsoWeek> {
        @Override
        public IsoWeek convert(String value) {
            try {
                return IsoWeek.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
