package com.sectorweekly.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sector-weekly} command: builds a desk's weekly report from its YAML content. */
@Command(name = "sector-weekly",
        mixinStandardHelpOptions = true,
        versionProvider = SectorWeekly.Version.class,
        description = "Builds a sell-side sector weekly (行业周报) in Markdown, HTML and PDF, with its RIXML description, from a week's YAML.",
        subcommands = {NewCommand.class, CheckCommand.class, BuildCommand.class, PreviewCommand.class,
                DiffCommand.class, BenchCommand.class, SchemasCommand.class, CompletionCommand.class, WarmUpCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:done: the content is clean (check) or the report was built (build)",
                "1:only warnings were found, and --strict was given",
                "2:the content or the command line has errors (each is listed)",
                "3:the report could not be rendered or written"})
public final class SectorWeekly {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line as the jar runs it; tests use it the same way. */
    public static CommandLine commandLine() {
        return new CommandLine(new SectorWeekly())
                .setExecutionExceptionHandler(new FailureHandler())
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = SectorWeekly.class.getPackage().getImplementationVersion();
            return new String[]{"sector-weekly " + (version == null ? "(development build)" : version)};
        }
    }
}
