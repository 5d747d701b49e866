package com.sectorweekly.render;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The formats a weekly is published in, by the name used on the command line: three documents, and
 * the RIXML file that describes them to distribution systems.
 */
public enum Format {
    MD("md", "md", "Markdown", "text/markdown"),
    HTML("html", "html", "HTML", "text/html"),
    PDF("pdf", "pdf", "PDF", "application/pdf"),
    RIXML("rixml", "rixml.xml", "RIXML", "application/xml");

    private final String name;
    private final String extension;
    private final String displayName;
    private final String mimeType;

    Format(String name, String extension, String displayName, String mimeType) {
        this.name = name;
        this.extension = extension;
        this.displayName = displayName;
        this.mimeType = mimeType;
    }

    /** The format's name on the command line and in what a build prints. */
    public String label() {
        return name;
    }

    /** What follows the report's name and a dot in its file name. */
    public String extension() {
        return extension;
    }

    public String mimeType() {
        return mimeType;
    }

    public String displayName() {
        return displayName;
    }

    /** Accepts {@code md}, {@code html}, {@code pdf}, {@code rixml} in any case; says which exist otherwise. */
    public static Format parse(String name) {
        return Arrays.stream(values())
                .filter(f -> f.name.equalsIgnoreCase(name.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + name + "'; expected "
                        + Arrays.stream(values()).map(f -> f.name).collect(Collectors.joining(", "))));
    }
}
