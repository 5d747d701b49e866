package com.sectorweekly.content;

import com.sectorweekly.model.ContentFields;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Where the values of a loaded week stand, file by file, for messages about them. */
public final class Places {

    private final Map<String, YamlFile<?>> files;

    Places(Map<String, YamlFile<?>> files) {
        this.files = Map.copyOf(files);
    }

    /** Whether the report has this content file. */
    public boolean has(String fileName) {
        return files.containsKey(fileName);
    }

    /**
     * The place of the value at a JSON pointer ({@code /segments/0/week_change}) in a content file
     * named by its {@link ContentLoader} constant, or of its nearest enclosing value.
     */
    public Location at(String fileName, String pointer) {
        return file(fileName).at(pointer);
    }

    /** Where a piece of the text at a JSON pointer stands: its own line and column where it can be found. */
    public Location at(String fileName, String pointer, String piece) {
        return file(fileName).at(pointer, piece);
    }

    private YamlFile<?> file(String fileName) {
        YamlFile<?> file = files.get(fileName);
        if (file == null) {
            throw new IllegalArgumentException("no content file " + fileName);
        }
        return file;
    }

    /** A content file's record, placed at the file's root: its keys' pointers are had from it. */
    public ContentFields.Placed<Object> root(String fileName) {
        return new ContentFields.Placed<>("", file(fileName).value());
    }

    /** Every record of a type in a content file, at any depth, each with its pointer; none where the report lacks the file. */
    public <T> List<ContentFields.Placed<T>> find(String fileName, Class<T> type) {
        YamlFile<?> file = files.get(fileName);
        return file == null ? List.of() : ContentFields.find(file.value(), type);
    }

    /** The record each of the report's own files was read into, by file name, front matter first. */
    public Map<String, Object> reportFiles() {
        return records(ContentLoader.REPORT_FILES);
    }

    /** The record each content file was read into, by file name, in the order an analyst meets them: the desk's first. */
    public Map<String, Object> records() {
        return records(ContentLoader.FILE_TYPES.keySet());
    }

    /** The records of those of the named files the report has, in the order named. */
    private Map<String, Object> records(java.util.Collection<String> names) {
        Map<String, Object> records = new LinkedHashMap<>();
        for (String name : names) {
            YamlFile<?> file = files.get(name);
            if (file != null) {
                records.put(name, file.value());
            }
        }
        return records;
    }

    /** The place of a key rather than of its value. */
    public Location key(String fileName, String pointer) {
        return at(fileName, pointer + "#key");
    }
}
