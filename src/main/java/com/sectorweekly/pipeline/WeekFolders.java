package com.sectorweekly.pipeline;

import com.sectorweekly.content.ContentException;
import com.sectorweekly.content.Location;
import com.sectorweekly.content.Problem;
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

    /**
     * A report named on the command line: a folder, or the name of one under the content folder
     * (2026-W13); one that is not there is a problem that lists the reports that are.
     */
    public static Path named(Path contentDir, String folderOrName) throws ContentException {
        Path folder = Path.of(folderOrName);
        if (Files.isDirectory(folder)) {
            return folder;
        }
        boolean aName = folder.getNameCount() == 1 && !folder.isAbsolute();
        if (aName && Files.isDirectory(contentDir.resolve(folderOrName))) {
            return contentDir.resolve(folderOrName);
        }
        String reports;
        try {
            reports = "; the reports under " + contentDir + " are: "
                    + String.join(", ", all(contentDir).stream().map(p -> p.getFileName().toString()).toList());
        } catch (ContentException e) {
            reports = "";
        }
        String make = aName && ReportPeriod.of(folderOrName).isPresent() ? " (make it with: new " + folderOrName + ")" : "";
        throw new ContentException(new Problem(Location.ofFile(aName ? contentDir.resolve(folderOrName).toString() : folderOrName),
                "is not there" + make + reports));
    }

    /**
     * The latest folder of a kind of period (a week, a month) before a given period (of all, for
     * null), to make the next report of the series from.
     */
    public static Path newestBefore(Path contentDir, String periodKind, ReportPeriod target) throws ContentException {
        Path before = null;
        for (Path dir : all(contentDir)) {
            ReportPeriod period = ReportPeriod.of(dir.getFileName().toString()).orElseThrow();
            if (period.kind().equals(periodKind) && (target == null || period.compareTo(target) < 0)) {
                before = dir;
            }
        }
        if (before == null) {
            throw new ContentException(new Problem(Location.ofFile(contentDir.toString()), "holds no folder of "
                    + ReportPeriod.example(periodKind) + (target == null ? "" : ", before " + target.name())
                    + ", to make the next from"));
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
}
