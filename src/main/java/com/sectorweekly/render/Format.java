package com.sectorweekly.render;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The formats a weekly is published in, by the name used on the command line. */
public enum Format {
    MD("md", "Markdown"),
    HTML("html", "HTML"),
    PDF("pdf", "PDF");

    private final String extension;
    private final String displayName;

    Format(String extension, String displayName) {
        this.extension = extension;
        this.displayName = displayName;
    }

    public String extension() {
        return extension;
    }

    public String displayName() {
        return displayName;
    }

    /** Accepts {@code md}, {@code html}, {@code pdf} in any case; says which exist otherwise. */
    public static Format parse(String name) {
        return Arrays.stream(values())
                .filter(f -> f.extension.equalsIgnoreCase(name.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + name + "'; expected "
                        + Arrays.stream(values()).map(Format::extension).collect(Collectors.joining(", "))));
    }
}
