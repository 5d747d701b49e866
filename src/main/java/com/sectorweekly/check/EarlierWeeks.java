package com.sectorweekly.check;

import com.sectorweekly.content.ContentException;
import com.sectorweekly.content.LoadedWeek;
import com.sectorweekly.content.LoadedWeeks;
import com.sectorweekly.model.IsoWeek;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The weeks before a week, newest first, as far back as the checks look; a week that does not load is left out. */
public final class EarlierWeeks {

    private EarlierWeeks() {
    }

    public static List<LoadedWeek> before(LoadedWeek week, LoadedWeeks weeks, int atMost) throws IOException {
        IsoWeek current = week.week().meta().week();
        Map<IsoWeek, Path> folders = new TreeMap<>(Comparator.reverseOrder());
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(week.weekDir().getParent(), Files::isDirectory)) {
            for (Path dir : entries) {
                try {
                    IsoWeek other = IsoWeek.parse(dir.getFileName().toString());
                    if (other.compareTo(current) < 0) {
                        folders.put(other, dir);
                    }
                } catch (IllegalArgumentException notAWeek) {
                    // drafts and other folders are not weeks
                }
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
