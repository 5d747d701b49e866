package com.sectorweekly.bench;

import com.sectorweekly.model.IsoWeek;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Variations of one week for batch measurements: copies under consecutive later ISO weeks, each
 * dated on its Friday, with its segments' moves shifted a little so that no two weeks are the same
 * report. The market review stays, since its rank must agree with the industries' moves.
 */
final class ExampleWeeks {

    private static final Pattern WEEK_CHANGE = Pattern.compile("week_change: -?[0-9.]+");

    private ExampleWeeks() {
    }

    static List<Path> generate(Path weekDir, Path contentDir, int count) throws IOException {
        Files.createDirectories(contentDir);
        Path deskDir = weekDir.toAbsolutePath().getParent();
        for (String shared : List.of("desk.yaml", "registry.yaml")) {
            if (Files.exists(deskDir.resolve(shared))) {
                Files.copy(deskDir.resolve(shared), contentDir.resolve(shared));
            }
        }
        IsoWeek origin = IsoWeek.parse(weekDir.getFileName().toString());
        Random random = new Random(origin.hashCode());
        List<Path> weeks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            IsoWeek week = IsoWeek.of(origin.monday().plusWeeks(i));
            Path dir = contentDir.resolve(week.toString());
            Files.createDirectories(dir);
            try (DirectoryStream<Path> files = Files.newDirectoryStream(weekDir, "*.{yaml,csv}")) {
                for (Path file : files) {
                    Files.writeString(dir.resolve(file.getFileName()), vary(file, origin, week, random));
                }
            }
            weeks.add(dir);
        }
        return weeks;
    }

    private static String vary(Path file, IsoWeek origin, IsoWeek week, Random random) throws IOException {
        String text = Files.readString(file)
                .replace("week: " + origin, "week: " + week)
                .replace("report_date: " + origin.monday().with(DayOfWeek.FRIDAY), "report_date: " + week.monday().with(DayOfWeek.FRIDAY));
        if (file.getFileName().toString().equals("segments.yaml")) {
            // The closes belong to the original week; a variation's moves are its own.
            text = text.replaceAll("(?m)^    series: .*\\n", "");
            text = WEEK_CHANGE.matcher(text).replaceAll(m -> "week_change: " + move(random));
        }
        return text;
    }

    private static String move(Random random) {
        return String.format(Locale.ROOT, "%.2f", random.nextGaussian() * 3);
    }
}
