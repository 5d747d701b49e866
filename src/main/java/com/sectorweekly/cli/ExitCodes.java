package com.sectorweekly.cli;

/** The exit codes of every subcommand, as listed in {@code --help}. */
final class ExitCodes {

    static final int OK = 0;
    static final int WARNINGS = 1;
    static final int INPUT = 2;
    static final int FAILED = 3;

    private ExitCodes() {
    }
}
