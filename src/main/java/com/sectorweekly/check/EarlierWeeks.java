package com.sectorweekly.check;

import com.sectorweekly.content.ContentException;
import com.sectorweekly.content.LoadedWeek;
import com.sectorweekly.content.LoadedWeeks;
import com.sectorweekly.model.ReportPeriod;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reports of the same kind of period before a report (the weeks before a week, the months before
 * a month), newest first, as far back as the checks look; one that does not load is left out.
 */
public final class EarlierWeeks {

    private EarlierWeeks() {
    }

    public static List<LoadedWeek> before(LoadedWeek week, LoadedWeeks weeks, int atMost) throws IOException {
        ReportPeriod current = week.week().period();
        if (current == null) {
            return List.of();
        }
        Map<ReportPeriod, Path> folders = new TreeMap<>(Comparator.reverseOrder());
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(week.weekDir().getParent(), Files::isDirectory)) {
            for (Path dir : entries) {
                // Drafts and other folders are not reports; reports of another kind of period are not compared.
                ReportPeriod.of(dir.getFileName().toString())
                        .filter(other -> other.kind().equals(current.kind()) && other.compareTo(current) < 0)
                        .ifPresent(other -> folders.put(other, dir));
            }
        }
        List<LoadedWeek> earlier = new ArrayList<>();
        for (Path dir : folders.values()) {
            if (earlier.size() == atMost) {
                break;
            }
            try {
                earlier.add(weeks.load(dir));
            } catch (ContentException broken) {
                // an old week that no longer loads cannot be compared with; the check of that week says why
            }
        }
        return earlier;
    }
}
