package com.sectorweekly.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code sector-weekly completion}: the shell completion script, generated from the commands themselves. */
@Command(name = "completion",
        mixinStandardHelpOptions = true,
        description = {"Prints a completion script for bash and zsh: subcommands, options and week folders complete on Tab.",
                "bash: source <(sector-weekly completion), or save it under /etc/bash_completion.d/.",
                "zsh: autoload -U +X bashcompinit && bashcompinit, then source it the same way."})
final class CompletionCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** The parameters that take a report, by their labels: completed with the reports under the content folder. */
    private static final Set<String> REPORT_LABELS = Set.of("WEEK", "WEEK_A", "WEEK_B", "REPORT");

    /**
     * The report names under the content folder (the one {@code --content} names, else
     * {@code content}), then the folders that start with what is typed. Plain bash and zsh's
     * bashcompinit both run it: no globbing, which zsh refuses when nothing matches.
     */
    private static final String REPORTS_FUNCTION = """

            # The reports under the content folder (--content DIR, else ./content), then folders (hidden ones when typed), for a report argument.
            function _sector_weekly_reports() {
              local content=content i name
              for ((i = 1; i < COMP_CWORD; i++)); do
                [[ "${COMP_WORDS[i]}" == --content ]] && content="${COMP_WORDS[i+1]}"
              done
              command ls -1 "${content}" 2>/dev/null | while IFS= read -r name; do
                [[ -d "${content}/${name}" && "${name}" =~ ^[0-9]{4}-(W[0-9]{2}|[0-9]{2}|[0-9]{2}-[0-9]{2}(-.+)?)$ ]] && echo "${name}"
              done
              local typed="${COMP_WORDS[COMP_CWORD]}"
              compgen -d -- "${typed}" | while IFS= read -r name; do
                [[ "${name}" != .* || "${typed}" == .* ]] && echo "${name}"
              done
            }
            """;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(withReports(AutoComplete.bash(spec.root().name(), spec.root().commandLine())));
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * picocli completes the values of a parameter from a list fixed when the script is written; a
     * report's name is completed from the folders there are when Tab is pressed, so the functions of
     * the commands that take one are given {@link #REPORTS_FUNCTION} in its place.
     */
    private String withReports(String script) {
        String root = spec.root().name();
        StringBuilder completed = new StringBuilder(script);
        for (CommandLine.Model.CommandSpec command : spec.root().subcommands().values().stream()
                .map(CommandLine::getCommandSpec).distinct().toList()) {
            String start = "function _picocli_" + root + "_" + command.name() + "() {";
            int from = completed.indexOf(start);
            if (from < 0) {
                continue;
            }
            int to = completed.indexOf("\n}\n", from);
            String function = completed.substring(from, to);
            if (command.positionalParameters().stream().anyMatch(p -> REPORT_LABELS.contains(p.paramLabel()))) {
                function = function.replace("    local positionals=\"\"\n", "    local positionals=$(_sector_weekly_reports)\n"
                        + "    type compopt &>/dev/null && compopt -o filenames\n");
            }
            for (CommandLine.Model.OptionSpec option : command.options()) {
                if (REPORT_LABELS.contains(option.paramLabel())) {
                    function = function.replace("    '" + option.longestName() + "')\n      return\n",
                            "    '" + option.longestName() + "')\n      local IFS=$'\\n'\n"
                                    + "      type compopt &>/dev/null && compopt -o filenames\n"
                                    + "      COMPREPLY=( $(compgen -W \"$(_sector_weekly_reports)\" -- \"${curr_word}\") )\n"
                                    + "      return $?\n");
                }
            }
            completed.replace(from, to, function);
        }
        int functions = completed.indexOf("\nfunction ");
        return completed.insert(functions, REPORTS_FUNCTION).toString();
    }
}
