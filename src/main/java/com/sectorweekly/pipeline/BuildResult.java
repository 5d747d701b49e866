package com.sectorweekly.pipeline;

import com.sectorweekly.check.Finding;
import com.sectorweekly.render.Format;

import java.nio.file.Path;
import java.util.List;

/** What a build wrote, how large each file is, how long each format took, and the warnings it printed. */
public record BuildResult(String week, List<Written> files, List<Finding> warnings, long totalMillis) {

    public BuildResult {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }

    /** One format's document; {@code companions} is how many files were written beside it (its charts). */
    public record Written(Format format, Path path, long bytes, int companions, long renderMillis) {
    }
}
