package com.sectorweekly.pipeline;

import com.sectorweekly.content.ContentException;
import com.sectorweekly.content.Location;
import com.sectorweekly.content.Problem;
import com.sectorweekly.model.IsoWeek;
import com.sectorweekly.model.ReportPeriod;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;

/**
 * The report folders under {@code content/}, named after the period each covers: an ISO week
 * ({@code 2026-W13}), a month ({@code 2026-03}), or a day and a short name ({@code 2025-02-10-deepseek}).
 */
public final class WeekFolders {

    private WeekFolders() {
    }

    /** The latest report folder, for a build that names none. */
    public static Path newest(Path contentDir) throws ContentException {
        List<Path> weeks = all(contentDir);
        return weeks.get(weeks.size() - 1);
    }

    /** A report named on the command line: a folder, or the name of one under the content folder (2026-W13). */
    public static Path named(Path contentDir, String folderOrName) {
        Path folder = Path.of(folderOrName);
        return Files.isDirectory(folder) ? folder : contentDir.resolve(folderOrName);
    }

    /** The latest weekly folder before a given week (of all, for null), to make a week from. */
    public static Path newestBefore(Path contentDir, IsoWeek week) throws ContentException {
        Path before = null;
        for (Path dir : all(contentDir)) {
            IsoWeek other = weekOf(dir);
            if (other != null && (week == null || other.compareTo(week) < 0)) {
                before = dir;
            }
        }
        if (before == null) {
            throw new ContentException(new Problem(Location.ofFile(contentDir.toString()),
                    "holds no week folder" + (week == null ? "" : " before " + week) + " to make a week from"));
        }
        return before;
    }

    /** Every report folder, oldest first; at least one, or a problem naming the content folder. */
    public static List<Path> all(Path contentDir) throws ContentException {
        TreeMap<ReportPeriod, Path> weeks = new TreeMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(contentDir, Files::isDirectory)) {
            for (Path dir : entries) {
                ReportPeriod.of(dir.getFileName().toString()).ifPresent(period -> weeks.put(period, dir));
            }
        } catch (IOException e) {
            throw new ContentException(new Problem(Location.ofFile(contentDir.toString()),
                    "is not a readable content folder (" + e.getMessage() + ")"));
        }
        if (weeks.isEmpty()) {
            throw new ContentException(new Problem(Location.ofFile(contentDir.toString()),
                    "holds no report folder; expected a folder named like 2026-W13 (a week), 2026-03 (a month) "
                            + "or 2025-02-10-deepseek (a day)"));
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
