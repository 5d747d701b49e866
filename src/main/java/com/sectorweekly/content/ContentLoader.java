package com.sectorweekly.content;

import com.sectorweekly.model.Chapters;
import com.sectorweekly.model.ContentFields;
import com.sectorweekly.model.ContentFields.Placed;
import com.sectorweekly.model.CoreData;
import com.sectorweekly.model.DataTable;
import com.sectorweekly.model.Desk;
import com.sectorweekly.model.KpiHistory;
import com.sectorweekly.model.IndexCloses;
import com.sectorweekly.model.MarketReview;
import com.sectorweekly.model.News;
import com.sectorweekly.model.Outline;
import com.sectorweekly.model.PictureFile;
import com.sectorweekly.model.PriceSeries;
import com.sectorweekly.model.Segment;
import com.sectorweekly.model.Registry;
import com.sectorweekly.model.ReportPeriod;
import com.sectorweekly.model.Week;
import com.sectorweekly.model.WeekMeta;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads {@code desk.yaml} (and {@code registry.yaml} and {@code outlines/weekly.yaml}, if the desk
 * keeps them) beside the week folders, and the week's files with the CSV files they name, collecting
 * every problem of every file before giving up.
 */
public final class ContentLoader {

    public static final String DESK_FILE = "desk.yaml";
    public static final String META_FILE = "week.yaml";
    public static final String SEGMENTS_FILE = "segments.yaml";
    public static final String CORE_DATA_FILE = "core-data.yaml";
    public static final String MARKET_FILE = "market.yaml";
    public static final String NEWS_FILE = "news.yaml";
    public static final String REGISTRY_FILE = "registry.yaml";
    /** The week's own chapters, if it has any. */
    public static final String CHAPTERS_FILE = "chapters.yaml";
    /** A report's front matter if it is not a weekly, whose front matter is week.yaml (kept as META_FILE). */
    public static final String REPORT_FILE = "report.yaml";
    /** Each content file and the record it is read into, in the order an analyst meets them. */
    public static final Map<String, Class<?>> FILE_TYPES = fileTypes();
    /** The files of a report (not the desk's), in the order a report's texts are read: front matter first. */
    public static final List<String> REPORT_FILES = List.of(META_FILE, SEGMENTS_FILE, CORE_DATA_FILE, MARKET_FILE, NEWS_FILE,
            CHAPTERS_FILE);
    /** Outlines are kept in this folder beside desk.yaml when a desk keeps its own; built into the jar otherwise. */
    public static final String OUTLINES = "outlines/";
    /** The weekly's outline, as the desk writes it (and the key of a report's outline among its places). */
    public static final String OUTLINE_FILE = OUTLINES + "weekly.yaml";

    private final Path workingDir;

    private static Map<String, Class<?>> fileTypes() {
        Map<String, Class<?>> files = new LinkedHashMap<>();
        files.put(DESK_FILE, Desk.class);
        files.put(REGISTRY_FILE, Registry.class);
        files.put(META_FILE, WeekMeta.class);
        files.put(REPORT_FILE, WeekMeta.class);
        files.put(SEGMENTS_FILE, SegmentsFile.class);
        files.put(CORE_DATA_FILE, CoreData.class);
        files.put(MARKET_FILE, MarketReview.class);
        files.put(NEWS_FILE, News.class);
        files.put(CHAPTERS_FILE, Chapters.class);
        files.put(OUTLINE_FILE, Outline.class);
        return Collections.unmodifiableMap(files);
    }

    /** @param workingDir file names in messages are given relative to this folder */
    public ContentLoader(Path workingDir) {
        this.workingDir = workingDir.toAbsolutePath().normalize();
    }

    /** A report's folder, refused on any mistake in its files, a key they do not know among them. */
    public LoadedWeek load(Path weekDir) throws ContentException {
        LoadedWeek week = loadForChecks(weekDir);
        if (!week.loadProblems().isEmpty()) {
            throw new ContentException(week.loadProblems());
        }
        return week;
    }

    /**
     * A report's folder for the checks: keys its files do not know, and a part of the report that
     * cannot be read (segments.yaml, news.yaml …), do not stop it, but come with it
     * ({@link LoadedWeek#loadProblems()}), so the checks report them beside every other finding.
     * The desk, the front matter and the outline, which every check reads, must load.
     */
    public LoadedWeek loadForChecks(Path weekDir) throws ContentException {
        Path dir = weekDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new ContentException(new Problem(Location.ofFile(display(dir)), "is not a report folder"));
        }
        List<Problem> problems = new ArrayList<>();
        YamlFile<Desk> desk = read(dir.getParent().resolve(DESK_FILE), Desk.class, problems);
        Path frontMatter = Files.exists(dir.resolve(REPORT_FILE)) ? dir.resolve(REPORT_FILE) : dir.resolve(META_FILE);
        YamlFile<WeekMeta> meta = read(frontMatter, WeekMeta.class, problems);
        Desk.ReportKind kind = desk == null || meta == null ? null : desk.value().kind(meta.value().kind()).orElse(null);
        // A weekly has all of its files; another kind those its outline asks for, which the checks name.
        String folderName = dir.getFileName().toString();
        boolean weekly = kind != null ? kind.period().equals(ReportPeriod.WEEK)
                : ReportPeriod.of(folderName).map(p -> p.kind().equals(ReportPeriod.WEEK)).orElse(false);
        Set<String> unread = new TreeSet<>();
        YamlFile<SegmentsFile> segments = readIf(weekly, dir.resolve(SEGMENTS_FILE), SegmentsFile.class, problems, unread);
        YamlFile<CoreData> coreData = readIf(weekly, dir.resolve(CORE_DATA_FILE), CoreData.class, problems, unread);
        YamlFile<MarketReview> market = readIf(weekly, dir.resolve(MARKET_FILE), MarketReview.class, problems, unread);
        YamlFile<News> news = readIf(weekly, dir.resolve(NEWS_FILE), News.class, problems, unread);
        YamlFile<Registry> registry = readIf(false, dir.getParent().resolve(REGISTRY_FILE), Registry.class, problems, unread);
        YamlFile<Outline> outline = readOutline(dir.getParent(), kind == null ? Desk.ReportKind.WEEKLY.outline() : kind.outline(),
                problems);
        YamlFile<Chapters> chapters = readIf(false, dir.resolve(CHAPTERS_FILE), Chapters.class, problems, unread);
        if (desk == null || meta == null || outline == null) {
            throw new ContentException(problems);
        }
        List<Problem> carried = new ArrayList<>(problems);
        Stream.of(desk, meta, segments, coreData, market, news, registry, outline, chapters)
                .filter(Objects::nonNull).forEach(file -> carried.addAll(file.strayKeys()));
        Map<String, PriceSeries> series = new HashMap<>();
        Map<String, KpiHistory> histories = new HashMap<>();
        Map<String, DataTable> tables = new HashMap<>();
        Map<String, PictureFile> pictures = new HashMap<>();
        // Every data file is read, and every problem of every one of them reported together.
        List<Problem> fileProblems = new ArrayList<>(carried);
        readInto(fileProblems, () -> readDataFiles(segments, coreData, dir, series, histories));
        IndexCloses performance = readPerformance(market, dir, fileProblems);
        if (chapters != null) {
            readInto(fileProblems, () -> new ChapterFiles(this, dir, chapters).read(tables, pictures));
        }
        if (fileProblems.size() > carried.size()) {
            throw new ContentException(fileProblems);
        }
        ReportPeriod period = ReportPeriod.of(folderName).orElse(null);
        Week week = new Week(meta.value(), period,
                segments == null ? List.of() : withMovesFromCloses(segments, series, meta.value().reportDate(), period),
                segments == null ? null : segments.value().sentiment(),
                coreData == null ? null : coreData.value(), market == null ? null : market.value(),
                news == null ? null : news.value(), series, histories, performance,
                chapters == null ? null : chapters.value(), tables, pictures);
        Map<String, YamlFile<?>> places = new HashMap<>();
        places.put(DESK_FILE, desk);
        places.put(META_FILE, meta);
        places.put(OUTLINE_FILE, outline);
        Map.of(SEGMENTS_FILE, Optional.ofNullable(segments), CORE_DATA_FILE, Optional.ofNullable(coreData),
                MARKET_FILE, Optional.ofNullable(market), NEWS_FILE, Optional.ofNullable(news),
                REGISTRY_FILE, Optional.ofNullable(registry), CHAPTERS_FILE, Optional.ofNullable(chapters))
                .forEach((name, file) -> file.ifPresent(f -> places.put(name, f)));
        return new LoadedWeek(desk.value(), kind, outline.value(), week, registry == null ? null : registry.value(),
                new Places(places), dir, carried, unread);
    }

    /**
     * A file the report must have, or one it may: read if it is there. One that should be read and
     * cannot be is named in {@code unread}: the checks go on without it.
     */
    private <T> YamlFile<T> readIf(boolean required, Path file, Class<T> type, List<Problem> problems, Set<String> unread) {
        if (!required && !Files.exists(file)) {
            return null;
        }
        YamlFile<T> read = read(file, type, problems);
        if (read == null) {
            unread.add(file.getFileName().toString());
        }
        return read;
    }

    /** The desk's own outline of that name, or the one built into the jar, named as such in messages. */
    private YamlFile<Outline> readOutline(Path contentDir, String name, List<Problem> problems) {
        String file = OUTLINES + name + ".yaml";
        Path own = contentDir.resolve(file);
        if (Files.exists(own)) {
            return read(own, Outline.class, problems);
        }
        try (InputStream in = ContentLoader.class.getResourceAsStream("/" + file)) {
            if (in == null) {
                problems.add(new Problem(Location.ofFile(display(contentDir.resolve(DESK_FILE))), "no outline '" + name
                        + "': write " + file + " beside desk.yaml, or name a built-in one (weekly, monthly, thematic)"));
                return null;
            }
            return YamlFile.parse(in.readAllBytes(), "(built in) " + file, Outline.class);
        } catch (ContentException | IOException e) {
            throw new IllegalStateException("the built-in outline " + file + " does not load: " + e.getMessage(), e);
        }
    }

    /** The desk file alone, from the folder that holds it and the week folders. */
    public Desk loadDesk(Path contentDir) throws ContentException {
        YamlFile<Desk> desk = YamlFile.read(contentDir.resolve(DESK_FILE),
                display(contentDir.toAbsolutePath().normalize().resolve(DESK_FILE)), Desk.class);
        if (!desk.strayKeys().isEmpty()) {
            throw new ContentException(desk.strayKeys());
        }
        return desk.value();
    }

    /**
     * The price series the segments name, by index code, and the KPI histories the charts name, by
     * KPI id; every problem of every file together.
     */
    private void readDataFiles(YamlFile<SegmentsFile> segments, YamlFile<CoreData> coreData, Path weekDir,
                               Map<String, PriceSeries> series, Map<String, KpiHistory> histories) throws ContentException {
        List<Problem> problems = new ArrayList<>();
        List<Placed<Segment>> charted = segments == null ? List.of() : ContentFields.find(segments.value(), Segment.class);
        for (Placed<Segment> segment : charted) {
            if (segment.value().series() != null) {
                readInto(problems, () -> {
                    Path file = ContentFiles.inside(weekDir.getParent(), weekDir, segment.value().series(),
                            segments.at(segment.at("series")));
                    series.put(segment.value().index().code(), SeriesFile.read(file, display(file)));
                });
            }
        }
        List<Placed<CoreData.KpiChart>> charts = coreData == null ? List.of() : ContentFields.find(coreData.value(), CoreData.KpiChart.class);
        for (Placed<CoreData.KpiChart> chart : charts) {
            readInto(problems, () -> {
                Path file = ContentFiles.inside(weekDir.getParent(), weekDir, chart.value().history(), coreData.at(chart.at("history")));
                histories.put(chart.value().kpi(), KpiHistoryFile.read(file, display(file)));
            });
        }
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
    }

    /** The closes of the market review's performance chart, where it names a file; null for none or a file with problems. */
    private IndexCloses readPerformance(YamlFile<MarketReview> market, Path weekDir, List<Problem> problems) {
        if (market == null || market.value().performance() == null) {
            return null;
        }
        Location where = market.at("/performance/csv");
        try {
            Path file = ContentFiles.inside(weekDir.getParent(), weekDir, market.value().performance().csv(), where);
            return PerformanceFile.read(file, display(file), where);
        } catch (ContentException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /**
     * The segments, each index move left out where its closes are given computed from them: typing
     * a move the CSV already gives is only a chance to disagree (a move typed is kept, and checked).
     */
    private List<Segment> withMovesFromCloses(YamlFile<SegmentsFile> segments, Map<String, PriceSeries> series,
                                              LocalDate reportDate, ReportPeriod period) throws ContentException {
        List<Segment> computed = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Placed<Segment> placed : ContentFields.find(segments.value(), Segment.class)) {
            Segment s = placed.value();
            PriceSeries closes = s.index() == null ? null : series.get(s.index().code());
            if (closes == null || period == null || (s.weekChange() != null && s.monthToDateChange() != null)) {
                computed.add(s);
                continue;
            }
            try {
                PriceSeries.Moves moves = closes.moves(reportDate, period.start());
                computed.add(new Segment(s.name(), s.index(), s.weekChange() != null ? s.weekChange() : moves.week(),
                        s.monthToDateChange() != null ? s.monthToDateChange() : moves.monthToDate(), s.commentary(), s.summary(),
                        s.sources(), s.series()));
            } catch (PriceSeries.MissingCloses e) {
                problems.add(new Problem(segments.at(placed.at("series")), e.getMessage()
                        + ", or write week_change and month_to_date_change"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        return computed;
    }

    private interface DataFileRead {
        void run() throws ContentException;
    }

    private static void readInto(List<Problem> problems, DataFileRead read) {
        try {
            read.run();
        } catch (ContentException e) {
            problems.addAll(e.problems());
        }
    }

    private <T> YamlFile<T> read(Path file, Class<T> type, List<Problem> problems) {
        try {
            return YamlFile.read(file, display(file), type);
        } catch (ContentException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /** A file's name as messages give it: relative to the working folder where it lies inside. */
    public String display(Path file) {
        Path shown = file.startsWith(workingDir) ? workingDir.relativize(file) : file;
        return shown.toString().replace('\\', '/');
    }
}
