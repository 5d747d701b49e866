package com.sectorweekly.authoring;

import com.sectorweekly.content.ContentException;
import com.sectorweekly.content.ContentLoader;
import com.sectorweekly.content.LoadedWeek;
import com.sectorweekly.content.Location;
import com.sectorweekly.content.Problem;
import com.sectorweekly.model.IsoWeek;
import com.sectorweekly.model.MarketReview;
import com.sectorweekly.model.WeekMeta;
import com.sectorweekly.format.Labels;

import org.yaml.snakeyaml.nodes.Node;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.sectorweekly.content.ContentLoader.MARKET_FILE;
import static com.sectorweekly.content.ContentLoader.META_FILE;
import static com.sectorweekly.content.ContentLoader.NEWS_FILE;
import static com.sectorweekly.content.ContentLoader.SEGMENTS_FILE;

/**
 * Next week's folder, made from the last one. What usually carries over stays (the segments and
 * their indices, the 景气度 table, the risk list, the core data and every CSV); what is new each
 * week is emptied and marked 待更新, or "to update" for an English desk (the index moves and commentary, the headline and views, the
 * market review's figures, the news); each such place is listed for the analyst, and {@code check}
 * will not let the week build while a required one is empty.
 * The dates move by whole weeks. An existing week is never touched.
 */
public final class NewWeek {

    /**
     * The comment that marks an emptied value, in the desk's language (待更新，上周 -3.25 or
     * to update; last week -3.25), and the pattern that finds the lines carrying it.
     */
    private record Marks(String mark, String lastWeek) {

        static Marks of(Labels labels) {
            return new Marks(labels.get("new.mark"), labels.get("new.lastWeek"));
        }

        String text() {
            return "~  # " + mark;
        }

        String list() {
            return "[]  # " + mark;
        }

        /** An emptied figure keeps last week's in its comment, for the analyst's eye. */
        String number(Node number) {
            String last = YamlEdits.scalar(number);
            return last == null || last.isBlank() ? text() : text() + lastWeek + last;
        }

        /** A line this made: its key, the emptied value, and last week's figure if it kept one. */
        Pattern line() {
            return Pattern.compile("^(\\s*(?:- )?)([a-z_]+): *(~|\\[]) +# " + Pattern.quote(mark)
                    + "(?:" + Pattern.quote(lastWeek) + "([^#]+))?");
        }
    }

    /** What was made: the folder, its dates, and the places the analyst still has to fill in. */
    public record Created(Path weekDir, IsoWeek week, IsoWeek from, LocalDate reportDate,
                          LocalDate marketFrom, LocalDate marketTo, List<Path> files, List<Problem> toFillIn) {
    }

    private final ContentLoader loader;

    /** @param workingDir file names in messages are given relative to this folder */
    public NewWeek(Path workingDir) {
        this.loader = new ContentLoader(workingDir);
    }

    /**
     * @param target the week to make; null for the week after {@code fromDir}'s
     * @throws ContentException when the week to copy does not load, or the new week exists already
     */
    public Created create(Path fromDir, IsoWeek target) throws ContentException, IOException {
        if (target != null) {
            refuseExisting(fromDir.resolveSibling(target.toString()));
        }
        LoadedWeek from = loader.load(fromDir);
        WeekMeta meta = from.week().meta();
        MarketReview market = from.week().market();
        IsoWeek week = target != null ? target : IsoWeek.of(meta.week().monday().plusWeeks(1));
        Path weekDir = from.weekDir().resolveSibling(week.toString());
        if (week.compareTo(meta.week()) <= 0) {
            throw new ContentException(new Problem(Location.ofFile(loader.display(weekDir)),
                    "is not after " + meta.week() + "; a new week is made from an earlier one"));
        }
        refuseExisting(weekDir);
        long days = ChronoUnit.DAYS.between(meta.week().monday(), week.monday());
        Marks marks = Marks.of(Labels.forLocale(Locale.forLanguageTag(from.desk().language())));
        Map<String, List<YamlEdits.Edit>> edits = Map.of(
                META_FILE, List.of(
                        set("week", node -> week.toString()),
                        set("report_date", node -> shift(node, days)),
                        set("headline", node -> marks.text()),
                        set("views", node -> marks.list())),
                SEGMENTS_FILE, List.of(
                        set("segments/*/week_change", marks::number),
                        set("segments/*/month_to_date_change", marks::number),
                        set("segments/*/commentary", node -> marks.text()),
                        set("segments/*/summary", node -> marks.text())),
                MARKET_FILE, List.of(
                        set("from", node -> shift(node, days)),
                        set("to", node -> shift(node, days)),
                        set("sector_change", marks::number),
                        set("rank", marks::number),
                        set("gainers", node -> marks.list()),
                        set("losers", node -> marks.list()),
                        set("industries", node -> marks.list())),
                NEWS_FILE, List.of(
                        set("industry", node -> marks.list()),
                        set("company", node -> marks.list()),
                        set("big_tech", node -> marks.list())));
        List<Path> files = copy(from.weekDir(), weekDir, edits);
        List<Problem> toFillIn = new ArrayList<>();
        for (Path file : files) {
            if (edits.containsKey(file.getFileName().toString())) {
                toFillIn.addAll(marked(file, marks.line()));
            }
        }
        return new Created(weekDir, week, meta.week(), meta.reportDate().plusDays(days),
                market.from().plusDays(days), market.to().plusDays(days), files, toFillIn);
    }

    private void refuseExisting(Path weekDir) throws ContentException {
        if (Files.exists(weekDir)) {
            throw new ContentException(new Problem(Location.ofFile(loader.display(weekDir.toAbsolutePath())),
                    "already exists; new never overwrites a week (edit it, or remove it first)"));
        }
    }

    /** Each value this made empty, at its place, in reading order. */
    private List<Problem> marked(Path file, Pattern line) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Problem> marks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = line.matcher(lines.get(i));
            if (m.find()) {
                String last = m.group(4) == null ? "" : "; last week " + m.group(4).strip();
                marks.add(new Problem(new Location(loader.display(file.toAbsolutePath()), i + 1, m.start(3) + 1),
                        "'" + m.group(2) + "' to fill in" + last));
            }
        }
        return marks;
    }

    private static YamlEdits.Edit set(String path, Function<Node, String> value) {
        return new YamlEdits.Edit(path, value);
    }

    private static String shift(Node date, long days) {
        return LocalDate.parse(YamlEdits.scalar(date)).plusDays(days).toString();
    }

    /**
     * Copies the week's files into a hidden folder beside it, then renames that folder into place,
     * so that a failure leaves no half-made week behind.
     */
    private static List<Path> copy(Path fromDir, Path weekDir, Map<String, List<YamlEdits.Edit>> edits) throws IOException {
        Path staging = weekDir.resolveSibling("." + weekDir.getFileName() + ".new");
        deleteIfLeft(staging);
        Files.createDirectory(staging);
        try {
            List<Path> copied = new ArrayList<>();
            try (Stream<Path> files = Files.list(fromDir)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    String name = file.getFileName().toString();
                    Path copy = staging.resolve(name);
                    if (edits.containsKey(name)) {
                        String text = Files.readString(file, StandardCharsets.UTF_8);
                        Files.writeString(copy, YamlEdits.apply(text, edits.get(name)), StandardCharsets.UTF_8);
                    } else {
                        Files.copy(file, copy);
                    }
                    copied.add(weekDir.resolve(name));
                }
            }
            Files.move(staging, weekDir, StandardCopyOption.ATOMIC_MOVE);
            return copied;
        } catch (FileAlreadyExistsException e) {
            throw new IOException(weekDir + " appeared while it was being made; it was left as it is", e);
        } finally {
            deleteIfLeft(staging);
        }
    }

    /** Removes the staging folder of this or an interrupted earlier run: its name is ours alone. */
    private static void deleteIfLeft(Path staging) throws IOException {
        if (Files.exists(staging)) {
            try (Stream<Path> files = Files.walk(staging)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
