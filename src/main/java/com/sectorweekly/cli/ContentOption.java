package com.sectorweekly.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --content}: where desk.yaml and the week folders are; shared by every command that reads content. */
final class ContentOption {

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Where desk.yaml and the week folders are (default: ${DEFAULT-VALUE}).")
    private Path contentDir;

    Path dir() {
        return contentDir;
    }
}
