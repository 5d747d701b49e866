package com.sectorweekly.cli;

import com.sectorweekly.pipeline.WeekFolders;
import com.sectorweekly.compare.ChangesMarkdown;
import com.sectorweekly.compare.ChangesText;
import com.sectorweekly.compare.WeekChanges;
import com.sectorweekly.compare.WeekComparison;
import com.sectorweekly.content.ContentLoader;
import com.sectorweekly.format.Labels;
import com.sectorweekly.content.LoadedWeek;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code sector-weekly diff}: what changed between two weeks. */
@Command(name = "diff",
        mixinStandardHelpOptions = true,
        description = "Shows what changed between two weeks: rating, 景气度 levels (up or down), index moves, "
                + "the market, KPIs, and new and dropped news.")
final class DiffCommand implements Callable<Integer> {

    enum Style { TEXT, MARKDOWN }

    /** The styles as the command line writes them, for completion. */
    static final class StyleNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(Style.values()).map(s -> s.name().toLowerCase(java.util.Locale.ROOT)).iterator();
        }
    }

    @Parameters(index = "0", paramLabel = "WEEK_A", description = "The earlier week: a name such as 2026-W13 or a week folder.")
    private String weekA;

    @Parameters(index = "1", paramLabel = "WEEK_B", description = "The later week, named the same way.")
    private String weekB;

    @CommandLine.Mixin
    private ContentOption content;

    @Option(names = "--format", paramLabel = "STYLE", defaultValue = "text", completionCandidates = StyleNames.class,
            description = "text for the terminal, or markdown (default: ${DEFAULT-VALUE}).")
    private Style style;

    @CommandLine.Mixin
    private VerboseOption verbose;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ContentLoader loader = new ContentLoader(Path.of(""));
        LoadedWeek from = loader.load(WeekFolders.named(content.dir(), weekA));
        LoadedWeek to = loader.load(WeekFolders.named(content.dir(), weekB));
        for (LoadedWeek report : List.of(from, to)) {
            if (report.week().meta().week() == null || report.week().marketReview().isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "diff compares two weeklies; "
                        + report.weekDir().getFileName() + " is a " + report.week().meta().kind() + " report");
            }
        }
        WeekChanges changes = WeekComparison.compare(from, to);
        // The desk's language, as its reports speak it.
        Labels labels = Labels.forLocale(Locale.forLanguageTag(to.desk().language()));
        PrintWriter out = spec.commandLine().getOut();
        if (style == Style.MARKDOWN) {
            ChangesMarkdown.write(changes, labels, out);
        } else {
            ChangesText.write(changes, labels, out);
        }
        return ExitCodes.OK;
    }
}
