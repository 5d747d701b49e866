package com.sectorweekly.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.List;
import java.util.Set;

/** The {@code sector-weekly} command: builds a desk's weekly report from its YAML content. */
@Command(name = "sector-weekly",
        mixinStandardHelpOptions = true,
        versionProvider = SectorWeekly.Version.class,
        description = "Builds a sell-side sector weekly (行业周报) in Markdown, HTML and PDF, with its RIXML description, from a week's YAML.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:done: the content is clean (check) or the report was built (build)",
                "1:only warnings were found, and --strict was given",
                "2:the content or the command line has errors (each is listed)",
                "3:the report could not be rendered or written"})
public final class SectorWeekly {

    /** The subcommands, in the order the help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(NewCommand.class, CheckCommand.class, BuildCommand.class,
            PreviewCommand.class, DiffCommand.class, BenchCommand.class, SchemasCommand.class, CompletionCommand.class,
            WarmUpCommand.class, CommandLine.HelpCommand.class);
    /**
     * Those given the whole command tree: the help and the completion script read it, and the
     * warm-up, which trains the launchers' class-data archive, loads every command's classes into it.
     */
    private static final Set<String> WHOLE_TREE = Set.of("help", "completion", "warm-up");

    public static void main(String[] args) {
        System.exit(commandLine(args.length > 0 ? args[0] : null).execute(args));
    }

    /** The command line with every subcommand, as the help and the tests see it. */
    public static CommandLine commandLine() {
        return commandLine(null);
    }

    /**
     * The command line for a run whose first word is {@code first}. Picocli builds a subcommand's
     * model by reflection, some milliseconds each at a cold start: a run naming one (build, check
     * …) is given that one alone. Any other first word (none, an option, help, completion, a
     * misspelt name, which picocli answers with the names it knows) gets them all, as does the
     * warm-up.
     */
    static CommandLine commandLine(String first) {
        CommandLine line = new CommandLine(new SectorWeekly());
        boolean one = first != null && !WHOLE_TREE.contains(first)
                && SUBCOMMANDS.stream().anyMatch(command -> name(command).equals(first));
        for (Class<?> command : SUBCOMMANDS) {
            if (!one || name(command).equals(first)) {
                line.addSubcommand(command);
            }
        }
        return line.setExecutionExceptionHandler(new FailureHandler())
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = SectorWeekly.class.getPackage().getImplementationVersion();
            return new String[]{"sector-weekly " + (version == null ? "(development build)" : version)};
        }
    }
}
