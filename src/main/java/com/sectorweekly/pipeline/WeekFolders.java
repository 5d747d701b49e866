package com.sectorweekly.pipeline;

import com.sectorweekly.content.ContentException;
import com.sectorweekly.content.Location;
import com.sectorweekly.content.Problem;
import com.sectorweekly.model.IsoWeek;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;

/** The week folders under {@code content/}, named by ISO week ({@code 2026-W13}). */
public final class WeekFolders {

    private WeekFolders() {
    }

    /** The latest week folder, for a build that names none. */
    public static Path newest(Path contentDir) throws ContentException {
        List<Path> weeks = all(contentDir);
        return weeks.get(weeks.size() - 1);
    }

    /** A week named on the command line: a folder, or the name of one under the content folder (2026-W13). */
    public static Path named(Path contentDir, String folderOrName) {
        Path folder = Path.of(folderOrName);
        return Files.isDirectory(folder) ? folder : contentDir.resolve(folderOrName);
    }

    /** The latest week folder before a given week, to make that week from. */
    public static Path newestBefore(Path contentDir, IsoWeek week) throws ContentException {
        Path before = null;
        for (Path dir : all(contentDir)) {
            if (weekOf(dir).compareTo(week) < 0) {
                before = dir;
            }
        }
        if (before == null) {
            throw new ContentException(new Problem(Location.ofFile(contentDir.toString()),
                    "holds no week folder before " + week + " to make it from"));
        }
        return before;
    }

    /** Every week folder, oldest first; at least one, or a problem naming the content folder. */
    public static List<Path> all(Path contentDir) throws ContentException {
        TreeMap<IsoWeek, Path> weeks = new TreeMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(contentDir, Files::isDirectory)) {
            for (Path dir : entries) {
                IsoWeek week = weekOf(dir);
                if (week != null) {
                    weeks.put(week, dir);
                }
            }
        } catch (IOException e) {
            throw new ContentException(new Problem(Location.ofFile(contentDir.toString()),
                    "is not a readable content folder (" + e.getMessage() + ")"));
        }
        if (weeks.isEmpty()) {
            throw new ContentException(new Problem(Location.ofFile(contentDir.toString()),
                    "holds no week folder; expected a folder named like 2026-W13"));
        }
        return List.copyOf(weeks.values());
    }

    /** The ISO week a folder is named after, or null for any other folder. */
    public static IsoWeek weekOf(Path dir) {
        try {
            return IsoWeek.parse(dir.getFileName().toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
