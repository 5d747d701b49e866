package com.sectorweekly.build;

import com.sectorweekly.content.ContentException;
import com.sectorweekly.content.Location;
import com.sectorweekly.content.Problem;
import com.sectorweekly.model.IsoWeek;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The week folders under {@code content/}, named by ISO week ({@code 2026-W13}). */
public final class WeekFolders {

    private WeekFolders() {
    }

    /** The latest week folder, for a build that names none. */
    public static Path newest(Path contentDir) throws ContentException {
        Path newest = null;
        IsoWeek newestWeek = null;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(contentDir, Files::isDirectory)) {
            for (Path dir : entries) {
                IsoWeek week = weekOf(dir);
                if (week != null && (newestWeek == null || week.compareTo(newestWeek) > 0)) {
                    newest = dir;
                    newestWeek = week;
                }
            }
        } catch (IOException e) {
            throw new ContentException(new Problem(Location.ofFile(contentDir.toString()),
                    "is not a readable content folder (" + e.getMessage() + ")"));
        }
        if (newest == null) {
            throw new ContentException(new Problem(Location.ofFile(contentDir.toString()),
                    "holds no week folder; expected a folder named like 2026-W13"));
        }
        return newest;
    }

    private static IsoWeek weekOf(Path dir) {
        try {
            return IsoWeek.parse(dir.getFileName().toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
