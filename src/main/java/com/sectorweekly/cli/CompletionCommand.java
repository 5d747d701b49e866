package com.sectorweekly.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
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

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
        out.flush();
        return ExitCodes.OK;
    }
}
