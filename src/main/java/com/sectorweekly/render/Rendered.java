package com.sectorweekly.render;

import java.util.Map;

/**
 * One format of a report, in memory: the document, and the files it refers to by name that are
 * written beside it (the chart drawings a Markdown report links to).
 */
public record Rendered(byte[] document, Map<String, byte[]> companions) {

    public Rendered {
        companions = Map.copyOf(companions);
    }

    public static Rendered alone(byte[] document) {
        return new Rendered(document, Map.of());
    }
}
