package com.sectorweekly.content;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weeks loaded before, handed out again while none of their files (nor the desk's) has changed:
 * every build's checks compare it with the weeks before it, which seldom change, and a desk
 * rebuilding its archive or an analyst saving in the preview would otherwise read them each time.
 */
public final class LoadedWeeks {

    private static final int KEPT = 32;

    private final ContentLoader loader;
    private final Map<Path, Kept> recent = Collections.synchronizedMap(new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Kept> eldest) {
            return size() > KEPT;
        }
    });

    private record Stamp(String file, long size, FileTime modified) {
    }

    private record Kept(List<Stamp> stamps, LoadedWeek week) {
    }

    public LoadedWeeks(ContentLoader loader) {
        this.loader = loader;
    }

    /** The week as {@link ContentLoader#load} gives it, read again only if a file changed. */
    public LoadedWeek load(Path weekDir) throws ContentException {
        return loaded(weekDir, loader::load);
    }

    /**
     * The week as {@link ContentLoader#loadForChecks} gives it, read again only if a file changed.
     * One that loads without a problem is the week {@link #load} gives, and is kept for it: the
     * next week's checks, which compare with this one, then need not read it again.
     */
    public LoadedWeek loadForChecks(Path weekDir) throws ContentException {
        return loaded(weekDir, loader::loadForChecks);
    }

    private interface Load {
        LoadedWeek from(Path weekDir) throws ContentException;
    }

    /** The week kept, where none of its files changed; else as read, and kept where it loaded without a problem. */
    private LoadedWeek loaded(Path weekDir, Load load) throws ContentException {
        Path dir = weekDir.toAbsolutePath().normalize();
        List<Stamp> stamps = stamps(dir);
        Kept kept = recent.get(dir);
        if (kept != null && kept.stamps().equals(stamps)) {
            return kept.week();
        }
        LoadedWeek week = load.from(dir);
        if (week.loadProblems().isEmpty()) {
            recent.put(dir, new Kept(stamps, week));
        }
        return week;
    }

    /** What a week's load depends on: its files and the desk's, by size and time of change. */
    private static List<Stamp> stamps(Path dir) {
        List<Stamp> stamps = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                stamp(file, stamps);
            }
        } catch (IOException e) {
            return List.of(); // unreadable: load() says why
        }
        stamp(dir.resolveSibling(ContentLoader.DESK_FILE), stamps);
        stamp(dir.resolveSibling(ContentLoader.REGISTRY_FILE), stamps);
        stamps.sort((a, b) -> a.file().compareTo(b.file()));
        return stamps;
    }

    private static void stamp(Path file, List<Stamp> stamps) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isRegularFile()) {
                stamps.add(new Stamp(file.toString(), attributes.size(), attributes.lastModifiedTime()));
            }
        } catch (IOException e) {
            // absent (registry.yaml is optional): nothing to stamp
        }
    }
}
