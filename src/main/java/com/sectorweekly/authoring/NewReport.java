package com.sectorweekly.authoring;

import com.sectorweekly.content.ContentException;
import com.sectorweekly.content.ContentLoader;
import com.sectorweekly.content.LoadedWeek;
import com.sectorweekly.content.Location;
import com.sectorweekly.content.Problem;
import com.sectorweekly.model.ContentFields;
import com.sectorweekly.model.Desk;
import com.sectorweekly.model.IsoWeek;
import com.sectorweekly.model.MarketReview;
import com.sectorweekly.model.ReportPeriod;
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
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.sectorweekly.content.ContentLoader.CHAPTERS_FILE;
import static com.sectorweekly.content.ContentLoader.MARKET_FILE;
import static com.sectorweekly.content.ContentLoader.META_FILE;
import static com.sectorweekly.content.ContentLoader.REPORT_FILE;

/**
 * A new report folder, made for the next period of its kind. A weekly or a monthly is made from
 * the last one: what usually carries over stays (a weekly's segments and their indices, the 景气度
 * table, the risk list, the core data and every CSV; a monthly's chapters with their tables, charts
 * and files), and what the model marks as renewed each period is emptied and marked 待更新, or "to
 * update" for an English desk (index moves, commentaries and their page-1 summaries, headline,
 * views, market figures, news; a summary and the paragraphs of chapters). Each such place is
 * listed for the analyst, and {@code check} will not let the report build while a required one is
 * empty. Dates move by whole periods. A one-off report (a thematic one) starts from a skeleton. An existing folder is never
 * touched.
 */
public final class NewReport {

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

        /** How a renewed value is emptied: a figure keeps the last in the comment; a text list's item only if it is text. */
        Function<Node, String> emptied(ContentFields.Renewal renewal) {
            return switch (renewal) {
                case FIGURE -> this::number;
                case LIST -> node -> list();
                case TEXT -> node -> text();
                case TEXT_ITEM -> node -> YamlEdits.scalar(node) == null ? null : text();
            };
        }

        /** An emptied figure keeps last week's in its comment, for the analyst's eye. */
        String number(Node number) {
            String last = YamlEdits.scalar(number);
            return last == null || last.isBlank() ? text() : text() + lastWeek + last;
        }

        /** A line this made: its key (none for a list's item), the emptied value, and last week's figure if it kept one. */
        Pattern line() {
            // In a flow list or mapping ({name: 通信, change: ~}) the mark ends the line, after the brackets.
            return Pattern.compile("^(\\s*(?:- )?)(?:[^#\\n]*?[{\\[,] *)?(?:([a-z_]+): *)?(~|\\[])[^#\\n]*?# "
                    + Pattern.quote(mark) + "(?:" + Pattern.quote(lastWeek) + "([^#]+))?");
        }
    }

    /**
     * What was made: the folder, the period it covers and the one it was made from (null for a
     * skeleton), its report date, a weekly's market week, and the places still to fill in.
     */
    public record Created(Path dir, ReportPeriod period, ReportPeriod from, LocalDate reportDate,
                          LocalDate marketFrom, LocalDate marketTo, List<Path> files, List<Problem> toFillIn) {
    }

    private final ContentLoader loader;

    /** @param workingDir file names in messages are given relative to this folder */
    public NewReport(Path workingDir) {
        this.loader = new ContentLoader(workingDir);
    }

    /**
     * Next week's folder from a weekly's.
     *
     * @param target the week to make; null for the week after {@code fromDir}'s
     * @throws ContentException when the week to copy does not load, or the new week exists already
     */
    public Created nextWeek(Path fromDir, IsoWeek target) throws ContentException, IOException {
        if (target != null) {
            refuseExisting(fromDir.resolveSibling(target.toString()));
        }
        LoadedWeek from = loadFrom(fromDir);
        WeekMeta meta = from.week().meta();
        MarketReview market = from.week().market();
        if (meta.week() == null || market == null) {
            throw new ContentException(new Problem(Location.ofFile(loader.display(fromDir)),
                    "is not a weekly; a week is made from a week"));
        }
        IsoWeek week = target != null ? target : IsoWeek.of(meta.week().monday().plusWeeks(1));
        Path weekDir = from.weekDir().resolveSibling(week.toString());
        if (week.compareTo(meta.week()) <= 0) {
            throw new ContentException(new Problem(Location.ofFile(loader.display(weekDir)),
                    "is not after " + meta.week() + "; a new week is made from an earlier one"));
        }
        refuseExisting(weekDir);
        long days = ChronoUnit.DAYS.between(meta.week().monday(), week.monday());
        Marks marks = marks(from.desk());
        Map<String, List<YamlEdits.Edit>> edits = renewals(marks, Map.of(
                META_FILE, List.of(
                        set("week", node -> week.toString()),
                        set("report_date", node -> shift(node, days))),
                MARKET_FILE, List.of(
                        set("from", node -> shift(node, days)),
                        set("to", node -> shift(node, days)))));
        List<Path> files = copy(from.weekDir(), weekDir, edits);
        return new Created(weekDir, new ReportPeriod.Week(week), new ReportPeriod.Week(meta.week()),
                meta.reportDate().plusDays(days), market.from().plusDays(days), market.to().plusDays(days), files,
                toFillIn(files, edits.keySet(), marks));
    }

    /**
     * Next month's folder from a monthly's: its report date the same day of the new month (the
     * month's last day if it was the last), its headline, summary and paragraphs emptied.
     *
     * @param target the month to make; null for the month after {@code fromDir}'s
     */
    public Created nextMonth(Path fromDir, YearMonth target) throws ContentException, IOException {
        if (target != null) {
            refuseExisting(fromDir.resolveSibling(target.toString()));
        }
        LoadedWeek from = loadFrom(fromDir);
        if (!(from.week().period() instanceof ReportPeriod.Month last)) {
            throw new ContentException(new Problem(Location.ofFile(loader.display(fromDir)),
                    "is not a monthly; a month is made from a month"));
        }
        YearMonth was = last.month();
        YearMonth month = target != null ? target : was.plusMonths(1);
        Path monthDir = from.weekDir().resolveSibling(month.toString());
        if (!month.isAfter(was)) {
            throw new ContentException(new Problem(Location.ofFile(loader.display(monthDir)),
                    "is not after " + was + "; a new month is made from an earlier one"));
        }
        refuseExisting(monthDir);
        LocalDate reportDate = sameDayOf(from.week().meta().reportDate(), month);
        Marks marks = marks(from.desk());
        Map<String, List<YamlEdits.Edit>> edits = renewals(marks, Map.of(
                REPORT_FILE, List.of(set("report_date", node -> reportDate.toString()))));
        List<Path> files = copy(from.weekDir(), monthDir, edits);
        return new Created(monthDir, new ReportPeriod.Month(month), from.week().period(), reportDate, null, null, files,
                toFillIn(files, edits.keySet(), marks));
    }

    /**
     * A one-off report's folder (a thematic report), from a skeleton: its front matter with the
     * kind, the date and the places to fill in, and a first chapter.
     */
    public Created oneOff(Path contentDir, Desk desk, Desk.ReportKind kind, ReportPeriod.Day day)
            throws ContentException, IOException {
        Path dir = contentDir.resolve(day.name());
        refuseExisting(dir);
        Marks marks = marks(desk);
        String front = "# yaml-language-server: $schema=../schemas/report.schema.json\n"
                + "# A " + kind.name() + " report: its front matter. Analysts are ids from desk.yaml; a risk is an id from\n"
                + "# its risk_library, or {title: …, text: …} in this report's own words.\n"
                + "kind: " + kind.name() + "\n"
                + "report_date: " + day.date() + "\n"
                + "publication_time: \"07:30\"\n"
                + (kind.requiresSectorRating() ? "rating: " + marks.text() + "\nrating_action: " + marks.text() + "\n" : "")
                + "analysts: " + marks.list() + "\n"
                + "headline: " + marks.text() + "\n"
                + "\n# Page 1's summary, a paragraph each.\n"
                + "summary: " + marks.list() + "\n"
                + "\nrisks: " + marks.list() + "\n";
        String chapters = "# yaml-language-server: $schema=../schemas/chapters.schema.json\n"
                + "# The report's chapters: paragraphs, lists, tables, figures, charts and forecast tables; sections nest.\n"
                + "chapters:\n"
                + "  - title: " + marks.text() + "\n"
                + "    blocks:\n"
                + "      - " + marks.text() + "\n";
        List<Path> files = write(dir, Map.of(REPORT_FILE, front.getBytes(StandardCharsets.UTF_8),
                CHAPTERS_FILE, chapters.getBytes(StandardCharsets.UTF_8)));
        return new Created(dir, day, null, day.date(), null, null, files,
                toFillIn(files, Set.of(REPORT_FILE, CHAPTERS_FILE), marks));
    }

    /**
     * The edits of every file: its dates, as given, and every value its record marks as renewed
     * each period, emptied and marked.
     */
    private static Map<String, List<YamlEdits.Edit>> renewals(Marks marks, Map<String, List<YamlEdits.Edit>> dates) {
        Map<String, List<YamlEdits.Edit>> edits = new HashMap<>();
        ContentLoader.FILE_TYPES.forEach((file, type) -> {
            List<YamlEdits.Edit> fileEdits = new ArrayList<>(dates.getOrDefault(file, List.of()));
            for (ContentFields.RenewedPath renewed : ContentFields.renewed(type)) {
                fileEdits.add(set(renewed.path(), marks.emptied(renewed.renewal())));
            }
            if (!fileEdits.isEmpty()) {
                edits.put(file, fileEdits);
            }
        });
        return edits;
    }

    /** The report to start from; one that does not load is named first, then its problems. */
    private LoadedWeek loadFrom(Path fromDir) throws ContentException {
        try {
            return loader.load(fromDir);
        } catch (ContentException e) {
            List<Problem> problems = new ArrayList<>(e.problems());
            problems.add(new Problem(Location.ofFile(loader.display(fromDir.toAbsolutePath())),
                    "does not load, so the next report cannot be made from it: fix what follows, or start from another"));
            throw new ContentException(problems);
        }
    }

    private static Marks marks(Desk desk) {
        return Marks.of(Labels.forLocale(Locale.forLanguageTag(desk.language())));
    }

    /** The same day of another month, or its last day where the month is shorter or the day was a month's last. */
    private static LocalDate sameDayOf(LocalDate date, YearMonth month) {
        boolean lastDay = date.getDayOfMonth() == YearMonth.from(date).lengthOfMonth();
        return lastDay ? month.atEndOfMonth() : month.atDay(Math.min(date.getDayOfMonth(), month.lengthOfMonth()));
    }

    /** The places marked to fill in, in the files of those names (the YAML files this wrote or edited). */
    private List<Problem> toFillIn(List<Path> files, Set<String> names, Marks marks) throws IOException {
        List<Problem> toFillIn = new ArrayList<>();
        for (Path file : files) {
            if (names.contains(file.getFileName().toString())) {
                toFillIn.addAll(marked(file, marks.line()));
            }
        }
        return toFillIn;
    }

    private void refuseExisting(Path dir) throws ContentException {
        if (Files.exists(dir)) {
            throw new ContentException(new Problem(Location.ofFile(loader.display(dir.toAbsolutePath())),
                    "already exists; new never overwrites a report (edit it, or remove it first)"));
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
                String what = m.group(2) == null ? "a paragraph" : "'" + m.group(2) + "'";
                marks.add(new Problem(new Location(loader.display(file.toAbsolutePath()), i + 1, m.start(3) + 1),
                        what + " to fill in" + last));
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

    /** The report's files, those with edits edited, into the new folder. */
    private static List<Path> copy(Path fromDir, Path dir, Map<String, List<YamlEdits.Edit>> edits) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> listed = Files.list(fromDir)) {
            for (Path file : listed.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                files.put(name, edits.containsKey(name)
                        ? YamlEdits.apply(Files.readString(file, StandardCharsets.UTF_8), edits.get(name)).getBytes(StandardCharsets.UTF_8)
                        : Files.readAllBytes(file));
            }
        }
        return write(dir, files);
    }

    /**
     * Writes the files into a hidden folder beside the new one, then renames that folder into place,
     * so that a failure leaves no half-made report behind.
     */
    private static List<Path> write(Path dir, Map<String, byte[]> files) throws IOException {
        Path staging = dir.resolveSibling("." + dir.getFileName() + ".new");
        deleteIfLeft(staging);
        Files.createDirectory(staging);
        try {
            List<Path> written = new ArrayList<>();
            for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
                Files.write(staging.resolve(file.getKey()), file.getValue());
                written.add(dir.resolve(file.getKey()));
            }
            Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
            return written;
        } catch (FileAlreadyExistsException e) {
            throw new IOException(dir + " appeared while it was being made; it was left as it is", e);
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
