package com.sectorweekly.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
            throw new ContentException(new Problem(where, "'" + reference + "' cannot be read: " + reason(e)));
        }
        return resolved;
    }

    /**
     * A regular file's bytes, refused beyond {@code limit}: counted as they are read, so a file that
     * grows, or is not what its size says, cannot make the build read without end.
     */
    static byte[] readBounded(Path file, String name, int limit, Location where) throws ContentException {
        // A problem placed at the file itself need not name it again.
        String subject = where.equals(Location.ofFile(name)) ? "" : "'" + name + "' ";
        if (!Files.isRegularFile(file)) {
            // A pipe would be read without end, a device such as /dev/zero without limit.
            throw new ContentException(new Problem(where, subject + "is not a regular file (a folder, a pipe or a device); "
                    + "content is read from files only"));
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw new ContentException(new Problem(where, subject + "is larger than " + limit / 1024
                        + " KiB, the most a file of this kind may be"));
            }
            return bytes;
        } catch (IOException e) {
            throw new ContentException(new Problem(where, subject + "cannot be read: " + reason(e)));
        }
    }

    /** Why a file could not be read, in words: the JDK's message is often only the path. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "there is no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? "the system could not read it" : e.getMessage();
    }

    /**
     * Text files are read as UTF-8; one saved otherwise (GBK, UTF-16, as some Windows editors and
     * Excel do) is named with the line of its first character that is not UTF-8.
     */
    static String utf8(byte[] bytes, String name) throws ContentException {
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
        java.nio.charset.CoderResult result = StandardCharsets.UTF_8.newDecoder().decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new ContentException(new Problem(new Location(name, line, 0), "is not UTF-8 text (saved as GBK or UTF-16?); "
                    + "save it as UTF-8 (in Excel: CSV UTF-8; in an editor: encoding UTF-8)"));
        }
        return out.flip().toString();
    }
}
