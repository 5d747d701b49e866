package com.sectorweekly.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Publishes a build's files into a folder without ever leaving a half-written file: every file is
 * first written in full beside its target, and only when all are written is each renamed over the
 * old one. A failure before that point leaves the folder exactly as it was.
 */
public final class Publisher {

    /** @return the paths written, in the order given */
    public List<Path> publish(Path folder, List<OutputFile> files) throws IOException {
        Files.createDirectories(folder);
        Map<Path, Path> staged = new LinkedHashMap<>();
        try {
            for (OutputFile file : files) {
                Path target = folder.resolve(file.name());
                // Not createTempFile: its files are private to their owner (0600), and the rename would
                // keep that, where a report is for every reader of the folder.
                Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".partial");
                staged.put(temp, target);
                Files.write(temp, file.content(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
            List<Path> written = new ArrayList<>();
            for (Map.Entry<Path, Path> entry : staged.entrySet()) {
                move(entry.getKey(), entry.getValue());
                written.add(entry.getValue());
            }
            return written;
        } finally {
            for (Path temp : staged.keySet()) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * Deletes the files of {@code folder} named {@code prefix…suffix} that are not among
     * {@code kept}: what an earlier build wrote and this one no longer does.
     */
    public void removeUnlisted(Path folder, String prefix, String suffix, List<OutputFile> kept) throws IOException {
        Set<String> names = kept.stream().map(OutputFile::name).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(prefix) && name.endsWith(suffix) && !names.contains(name)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
