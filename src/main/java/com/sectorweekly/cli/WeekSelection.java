package com.sectorweekly.cli;

import com.sectorweekly.build.WeekFolders;
import com.sectorweekly.content.ContentException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** The options every subcommand that works on one week shares: which week, and how to report failures. */
final class WeekSelection {

    @Parameters(index = "0", arity = "0..1", paramLabel = "WEEK_DIR",
            description = "The week folder, e.g. content/2026-W13. Default: the newest week under --content.")
    private Path weekDir;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Where desk.yaml and the week folders are (default: ${DEFAULT-VALUE}).")
    private Path contentDir;

    @Option(names = "--verbose", description = "Print stack traces of failures.")
    private boolean verbose;

    /** The week folder named on the command line, or null. */
    Path named() {
        return weekDir;
    }

    Path contentDir() {
        return contentDir;
    }

    boolean verbose() {
        return verbose;
    }

    /** The week named on the command line, or the newest under the content folder. */
    Path week() throws ContentException {
        return weekDir != null ? weekDir : WeekFolders.newest(contentDir);
    }
}
