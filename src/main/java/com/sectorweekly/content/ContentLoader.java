package com.sectorweekly.content;

import com.sectorweekly.model.Chapters;
import com.sectorweekly.model.CoreData;
import com.sectorweekly.model.DataTable;
import com.sectorweekly.model.Desk;
import com.sectorweekly.model.KpiHistory;
import com.sectorweekly.model.MarketReview;
import com.sectorweekly.model.News;
import com.sectorweekly.model.Outline;
import com.sectorweekly.model.PictureFile;
import com.sectorweekly.model.PriceSeries;
import com.sectorweekly.model.Segment;
import com.sectorweekly.model.Registry;
import com.sectorweekly.model.Week;
import com.sectorweekly.model.WeekMeta;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    /** The weekly's outline, beside desk.yaml when the desk keeps its own; built into the jar otherwise. */
    public static final String OUTLINE_FILE = "outlines/weekly.yaml";
    private static final String BUILT_IN_OUTLINE = "/" + OUTLINE_FILE;

    private final Path workingDir;

    /** @param workingDir file names in messages are given relative to this folder */
    public ContentLoader(Path workingDir) {
        this.workingDir = workingDir.toAbsolutePath().normalize();
    }

    public LoadedWeek load(Path weekDir) throws ContentException {
        Path dir = weekDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new ContentException(new Problem(Location.ofFile(display(dir)), "is not a week folder"));
        }
        List<Problem> problems = new ArrayList<>();
        YamlFile<Desk> desk = read(dir.getParent().resolve(DESK_FILE), Desk.class, problems);
        YamlFile<WeekMeta> meta = read(dir.resolve(META_FILE), WeekMeta.class, problems);
        YamlFile<SegmentsFile> segments = read(dir.resolve(SEGMENTS_FILE), SegmentsFile.class, problems);
        YamlFile<CoreData> coreData = read(dir.resolve(CORE_DATA_FILE), CoreData.class, problems);
        YamlFile<MarketReview> market = read(dir.resolve(MARKET_FILE), MarketReview.class, problems);
        YamlFile<News> news = read(dir.resolve(NEWS_FILE), News.class, problems);
        Path registryFile = dir.getParent().resolve(REGISTRY_FILE);
        YamlFile<Registry> registry = Files.exists(registryFile) ? read(registryFile, Registry.class, problems) : null;
        YamlFile<Outline> outline = readOutline(dir.getParent(), problems);
        Path chaptersFile = dir.resolve(CHAPTERS_FILE);
        YamlFile<Chapters> chapters = Files.exists(chaptersFile) ? read(chaptersFile, Chapters.class, problems) : null;
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        Map<String, PriceSeries> series = new HashMap<>();
        Map<String, KpiHistory> histories = new HashMap<>();
        Map<String, DataTable> tables = new HashMap<>();
        Map<String, PictureFile> pictures = new HashMap<>();
        readDataFiles(segments, coreData, dir, series, histories);
        if (chapters != null) {
            new ChapterFiles(this, dir, chapters).read(tables, pictures);
        }
        Week week = new Week(meta.value(), segments.value().segments(), segments.value().sentiment(),
                coreData.value(), market.value(), news.value(), series, histories,
                chapters == null ? null : chapters.value(), tables, pictures);
        Map<String, YamlFile<?>> places = new HashMap<>(Map.of(DESK_FILE, desk, META_FILE, meta, SEGMENTS_FILE, segments,
                CORE_DATA_FILE, coreData, MARKET_FILE, market, NEWS_FILE, news, OUTLINE_FILE, outline));
        if (registry != null) {
            places.put(REGISTRY_FILE, registry);
        }
        if (chapters != null) {
            places.put(CHAPTERS_FILE, chapters);
        }
        return new LoadedWeek(desk.value(), outline.value(), week, registry == null ? null : registry.value(),
                new Places(places), dir);
    }

    /** The desk's own outline, or the one built into the jar, named as such in messages. */
    private YamlFile<Outline> readOutline(Path contentDir, List<Problem> problems) {
        Path own = contentDir.resolve(OUTLINE_FILE);
        if (Files.exists(own)) {
            return read(own, Outline.class, problems);
        }
        try (InputStream in = ContentLoader.class.getResourceAsStream(BUILT_IN_OUTLINE)) {
            if (in == null) {
                throw new IllegalStateException("the built-in outline " + BUILT_IN_OUTLINE + " is missing from the jar");
            }
            return YamlFile.parse(in.readAllBytes(), "(built in) " + OUTLINE_FILE, Outline.class);
        } catch (ContentException | IOException e) {
            throw new IllegalStateException("the built-in outline does not load: " + e.getMessage(), e);
        }
    }

    /** The desk file alone, from the folder that holds it and the week folders. */
    public Desk loadDesk(Path contentDir) throws ContentException {
        return YamlFile.read(contentDir.resolve(DESK_FILE), display(contentDir.toAbsolutePath().normalize().resolve(DESK_FILE)),
                Desk.class).value();
    }

    /**
     * The price series the segments name, by index code, and the KPI histories the charts name, by
     * KPI id; every problem of every file together.
     */
    private void readDataFiles(YamlFile<SegmentsFile> segments, YamlFile<CoreData> coreData, Path weekDir,
                               Map<String, PriceSeries> series, Map<String, KpiHistory> histories) throws ContentException {
        List<Problem> problems = new ArrayList<>();
        List<Segment> list = segments.value().segments();
        for (int i = 0; i < list.size(); i++) {
            Segment segment = list.get(i);
            if (segment.series() != null) {
                String pointer = "/segments/" + i + "/series";
                readInto(problems, () -> {
                    Path file = ContentFiles.inside(weekDir.getParent(), weekDir, segment.series(), segments.at(pointer));
                    series.put(segment.index().code(), SeriesFile.read(file, display(file)));
                });
            }
        }
        List<CoreData.KpiGroup> groups = coreData.value().groups();
        for (int g = 0; g < groups.size(); g++) {
            List<CoreData.KpiChart> charts = groups.get(g).charts();
            for (int c = 0; c < charts.size(); c++) {
                CoreData.KpiChart chart = charts.get(c);
                String pointer = "/groups/" + g + "/charts/" + c + "/history";
                readInto(problems, () -> {
                    Path file = ContentFiles.inside(weekDir.getParent(), weekDir, chart.history(), coreData.at(pointer));
                    histories.put(chart.kpi(), KpiHistoryFile.read(file, display(file)));
                });
            }
        }
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
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
