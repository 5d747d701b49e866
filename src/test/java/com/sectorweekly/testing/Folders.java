package com.sectorweekly.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Copies of folders of the repository (templates, example desks) for tests that change them. */
public final class Folders {

    private Folders() {
    }

    /** Copies {@code from} and everything under it to {@code to}; returns {@code to}. */
    public static Path copy(Path from, Path to) {
        try {
            List<Path> paths;
            try (Stream<Path> walk = Files.walk(from)) {
                paths = walk.toList();
            }
            for (Path path : paths) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
