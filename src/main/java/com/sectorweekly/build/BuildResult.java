package com.sectorweekly.build;

import com.sectorweekly.render.Format;

import java.nio.file.Path;
import java.util.List;

/** What a build wrote, how large each file is and how long each format took to render. */
public record BuildResult(String week, List<Written> files, long totalMillis) {

    public BuildResult {
        files = List.copyOf(files);
    }

    public record Written(Format format, Path path, long bytes, long renderMillis) {
    }
}
