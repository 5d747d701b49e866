package com.sectorweekly.cli;

import com.sectorweekly.content.ContentException;
import com.sectorweekly.pipeline.WeekFolders;
import picocli.CommandLine;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** What every command that works on one week shares: which week, where the content is, how to report failures. */
final class WeekSelection {

    @Parameters(index = "0", arity = "0..1", paramLabel = "WEEK",
            description = "The week: a folder such as content/2026-W13, or its name, 2026-W13. "
                    + "Default: the newest week under --content.")
    private String week;

    @CommandLine.Mixin
    private ContentOption content;

    @CommandLine.Mixin
    private VerboseOption verbose;

    /** The week named on the command line, or null. */
    String named() {
        return week;
    }

    Path contentDir() {
        return content.dir();
    }

    boolean verbose() {
        return verbose.on();
    }

    /** The week named on the command line, as a folder or a name under --content, or the newest there. */
    Path week() throws ContentException {
        return week != null ? WeekFolders.named(content.dir(), week) : WeekFolders.newest(content.dir());
    }
}
