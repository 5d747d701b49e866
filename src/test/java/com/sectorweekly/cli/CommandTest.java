package com.sectorweekly.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@code sector-weekly} as the jar does, keeping what it prints for the test to read. */
abstract class CommandTest {

    protected final StringWriter out = new StringWriter();
    protected final StringWriter err = new StringWriter();

    protected int run(String... args) {
        CommandLine cli = SectorWeekly.commandLine(args.length > 0 ? args[0] : null);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }
}
