package com.sectorweekly.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files that content refers to by name (a CSV series, later images): they must lie inside the
 * content folder. An absolute path, a {@code ../} that climbs out, or a link that points out is
 * refused, so a week can never make the build read a file elsewhere on the machine.
 */
final class ContentFiles {

    private ContentFiles() {
    }

    static Path inside(Path contentDir, Path from, String reference, Location where) throws ContentException {
        Path relative;
        try {
            relative = Path.of(reference);
        } catch (java.nio.file.InvalidPathException e) {
            throw new ContentException(new Problem(where, "'" + reference + "' is not a file name"));
        }
        Path resolved = from.resolve(relative).normalize();
        if (relative.isAbsolute() || !resolved.startsWith(contentDir)) {
            throw new ContentException(new Problem(where, "'" + reference
                    + "' is outside the content folder; refer to files beside the week's YAML"));
        }
        if (!Files.isRegularFile(resolved)) {
            throw new ContentException(new Problem(where, "'" + reference + "' is not a file in " + from.getFileName()));
        }
        try {
            if (!resolved.toRealPath().startsWith(contentDir.toRealPath())) {
                throw new ContentException(new Problem(where, "'" + reference
                        + "' links to a file outside the content folder"));
            }
        } catch (IOException e) {
            throw new ContentException(new Problem(where, "'" + reference + "' cannot be read: " + e.getMessage()));
        }
        return resolved;
    }

    /**
     * A regular file's bytes, refused beyond {@code limit}: counted as they are read, so a file that
     * grows, or is not what its size says, cannot make the build read without end.
     */
    static byte[] readBounded(Path file, String name, int limit, Location where) throws ContentException {
        if (!Files.isRegularFile(file)) {
            throw new ContentException(new Problem(where, "'" + name + "' is not a regular file"));
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw new ContentException(new Problem(where, "'" + name + "' is larger than " + limit / 1024
                        + " KiB, the most a file of this kind may be"));
            }
            return bytes;
        } catch (IOException e) {
            throw new ContentException(new Problem(where, "'" + name + "' cannot be read: " + e.getMessage()));
        }
    }
}
