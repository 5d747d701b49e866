package com.sectorweekly.cli;

import com.sectorweekly.check.ChecksFailed;
import com.sectorweekly.check.Finding;
import com.sectorweekly.content.ContentException;
import com.sectorweekly.output.PublishException;
import com.sectorweekly.render.RenderException;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * Turns a failure into lines for the person at the terminal and an exit code. A mistake in the
 * content is listed problem by problem; a stack trace is printed only under {@code --verbose}.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        boolean verbose = parseResult.subcommands().stream()
                .anyMatch(sub -> sub.hasMatchedOption("--verbose"));
        return report(e, commandLine.getErr(), verbose);
    }

    /** Prints what went wrong for the person at the terminal and returns the exit code it calls for. */
    static int report(Exception e, PrintWriter err, boolean verbose) {
        int code;
        if (e instanceof ContentException content) {
            List<Finding> findings = content.problems().stream().map(Finding::of).toList();
            Findings.print(err, findings);
            err.println(Findings.count(findings) + " in the content; nothing was written.");
            code = ExitCodes.INPUT;
        } else if (e instanceof ChecksFailed checks) {
            Findings.print(err, checks.findings());
            err.println(Findings.count(checks.findings()) + (checks.hasErrors() ? "" : " (--strict)")
                    + "; nothing was written.");
            code = checks.hasErrors() ? ExitCodes.INPUT : ExitCodes.WARNINGS;
        } else if (e instanceof CommandLine.ParameterException usage) {
            err.println("error: " + usage.getMessage());
            code = ExitCodes.INPUT;
        } else if (e instanceof PublishException) {
            // Its message says what the output folder holds now.
            err.println("error: " + e.getMessage());
            code = ExitCodes.FAILED;
        } else if (e instanceof RenderException || e instanceof IOException) {
            // Only publishing writes to the output folder, and it fails with a PublishException.
            err.println("error: " + e.getMessage());
            err.println("Nothing in the output folder was changed.");
            code = ExitCodes.FAILED;
        } else {
            err.println("error: unexpected failure: " + e);
            if (!verbose) {
                err.println("Run again with --verbose for the details, and report it with them.");
            }
            code = ExitCodes.FAILED;
        }
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }
}
