package com.sectorweekly.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PublisherTest {

    @TempDir
    Path temp;

    private final Publisher publisher = new Publisher();

    @Test
    void writesAllFilesAndLeavesNoPartialFiles() throws IOException {
        Path folder = temp.resolve("2026-W13");
        List<Path> written = publisher.publish(folder, List.of(
                new OutputFile("a.md", "一".getBytes(StandardCharsets.UTF_8)),
                new OutputFile("a.html", "<p>二</p>".getBytes(StandardCharsets.UTF_8))));
        assertEquals(List.of(folder.resolve("a.md"), folder.resolve("a.html")), written);
        assertEquals("一", Files.readString(folder.resolve("a.md")));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(2, files.count(), "only the published files remain");
        }
    }

    /** A report is for every reader of the folder: it gets the permissions any new file there gets. */
    @Test
    void publishedFilesAreReadableAsAnyNewFileIs() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path plain = Files.createFile(temp.resolve("plain.txt"));
        publisher.publish(temp, List.of(new OutputFile("a.md", "text".getBytes(StandardCharsets.UTF_8))));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(temp.resolve("a.md")));
    }

    @Test
    void replacesThePreviousVersion() throws IOException {
        publisher.publish(temp, List.of(new OutputFile("a.md", "old".getBytes(StandardCharsets.UTF_8))));
        publisher.publish(temp, List.of(new OutputFile("a.md", "new".getBytes(StandardCharsets.UTF_8))));
        assertEquals("new", Files.readString(temp.resolve("a.md")));
    }

    @Test
    void aFileThatCannotBeStagedLeavesEveryOldFileInPlace() throws IOException {
        publisher.publish(temp, List.of(new OutputFile("a.md", "old".getBytes(StandardCharsets.UTF_8))));
        assertThrows(IOException.class, () -> publisher.publish(temp, List.of(
                new OutputFile("a.md", "new".getBytes(StandardCharsets.UTF_8)),
                new OutputFile("missing-folder/b.md", "x".getBytes(StandardCharsets.UTF_8)))));
        assertEquals("old", Files.readString(temp.resolve("a.md")));
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(List.of(temp.resolve("a.md")), files.toList(), "no staged file is left behind");
        }
    }
}
