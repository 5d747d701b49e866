package com.sectorweekly.content;

import com.sectorweekly.testing.ExampleWeek;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Earlier weeks are read once, and again as soon as one of their files or the desk's changes. */
class LoadedWeeksTest {

    @TempDir
    Path temp;

    @Test
    void anUnchangedWeekIsNotReadAgain() throws ContentException {
        ExampleWeek week = ExampleWeek.copyInto(temp);
        LoadedWeeks weeks = new LoadedWeeks(new ContentLoader(temp));
        assertSame(weeks.load(week.weekDir()), weeks.load(week.weekDir()));
    }

    @Test
    void aChangedFileOfTheWeekIsReadAgain() throws ContentException, IOException {
        ExampleWeek week = ExampleWeek.copyInto(temp);
        LoadedWeeks weeks = new LoadedWeeks(new ContentLoader(temp));
        LoadedWeek first = weeks.load(week.weekDir());
        week.replace("week.yaml", "headline: 光交换场景持续拓宽", "headline: 标题改了");
        touchLater(week.file("week.yaml"));
        LoadedWeek second = weeks.load(week.weekDir());
        assertNotSame(first, second);
        assertEquals("标题改了，国产 AI 芯片验证推进顺利", second.week().meta().headline());
    }

    @Test
    void aChangedDeskOrCsvIsReadAgain() throws ContentException, IOException {
        ExampleWeek week = ExampleWeek.copyInto(temp);
        LoadedWeeks weeks = new LoadedWeeks(new ContentLoader(temp));
        LoadedWeek first = weeks.load(week.weekDir());
        touchLater(week.file("desk.yaml"));
        LoadedWeek second = weeks.load(week.weekDir());
        assertNotSame(first, second);
        touchLater(week.weekDir().resolve("dou.csv"));
        assertNotSame(second, weeks.load(week.weekDir()));
    }

    @Test
    void aWeekLoadedForItsChecksServesTheChecksOfTheWeeksAfterIt() throws ContentException {
        ExampleWeek week = ExampleWeek.copyInto(temp);
        LoadedWeeks weeks = new LoadedWeeks(new ContentLoader(temp));
        assertSame(weeks.loadForChecks(week.weekDir()), weeks.load(week.weekDir()));
    }

    @Test
    void aWeekWithAStrayKeyIsNotKeptForAPlainLoad() {
        ExampleWeek week = ExampleWeek.copyInto(temp);
        week.replace("news.yaml", "source: 科创板日报", "sorce: 科创板日报");
        LoadedWeeks weeks = new LoadedWeeks(new ContentLoader(temp));
        assertThrows(ContentException.class, () -> {
            weeks.loadForChecks(week.weekDir());
            weeks.load(week.weekDir());
        }, "the checks read past the key; a plain load still refuses it");
    }

    /** A time of change clearly after the last, whatever the file system's clock granularity. */
    private static void touchLater(Path file) throws IOException {
        Instant was = Files.getLastModifiedTime(file).toInstant();
        Files.setLastModifiedTime(file, FileTime.from(was.plusSeconds(2)));
    }
}
