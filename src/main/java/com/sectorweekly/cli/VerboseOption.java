package com.sectorweekly.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}: stack traces of failures, which are otherwise one line each (see {@link FailureHandler}). */
final class VerboseOption {

    @Option(names = "--verbose", description = "Print stack traces of failures.")
    private boolean verbose;

    boolean on() {
        return verbose;
    }
}
