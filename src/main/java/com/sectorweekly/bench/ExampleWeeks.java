package com.sectorweekly.bench;

import com.sectorweekly.model.IsoWeek;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Variations of one week for batch measurements: copies under consecutive later ISO weeks, each
 * dated on its Friday, with its segments' moves shifted a little and the earlier periods of its KPI
 * histories moved by up to a few percent, so that no two weeks are the same report or draw the same
 * chart. The market review stays, since its rank must agree with the industries' moves, and its
 * closes move on with the week; each KPI history keeps its last row, which must agree with the KPI.
 */
final class ExampleWeeks {

    private static final String KPI_HISTORY_HEADER = "period,value";
    private static final String CLOSES_HEADER = "date,";
    private static final Pattern ISO_DATE = Pattern.compile("(?m)^\\d{4}-\\d{2}-\\d{2}");
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
        if (text.startsWith(KPI_HISTORY_HEADER)) {
            text = varyHistory(text, random);
        }
        if (text.startsWith(CLOSES_HEADER)) {
            // closes (page 1's performance chart's, and the segments' that no longer name them) move with the week
            long days = ChronoUnit.DAYS.between(origin.monday(), week.monday());
            text = ISO_DATE.matcher(text).replaceAll(m -> LocalDate.parse(m.group()).plusDays(days).toString());
        }
        return text;
    }

    /** Every row but the last gets its value scaled by a factor near 1. */
    private static String varyHistory(String csv, Random random) {
        List<String> lines = new ArrayList<>(csv.lines().toList());
        int last = lines.size() - 1;
        while (last > 0 && lines.get(last).isBlank()) {
            last--;
        }
        for (int i = 1; i < last; i++) {
            String[] cells = lines.get(i).split(",", -1);
            BigDecimal value = new BigDecimal(cells[1].strip());
            BigDecimal factor = BigDecimal.valueOf(1 + random.nextGaussian() * 0.02);
            cells[1] = value.multiply(factor).setScale(value.scale(), RoundingMode.HALF_UP).toPlainString();
            lines.set(i, String.join(",", cells));
        }
        return String.join("\n", lines) + "\n";
    }

    private static String move(Random random) {
        return String.format(Locale.ROOT, "%.2f", random.nextGaussian() * 3);
    }
}
