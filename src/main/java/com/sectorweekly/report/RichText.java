package com.sectorweekly.report;

import java.util.List;
import java.util.stream.Collectors;

/** Prose with the little emphasis content may carry (bold lead-ins), as runs of text. */
public record RichText(List<Run> runs) {

    public RichText {
        runs = List.copyOf(runs);
    }

    public static RichText plain(String text) {
        return new RichText(List.of(new Run(text, false)));
    }

    /** The words without emphasis. */
    public String text() {
        return runs.stream().map(Run::text).collect(Collectors.joining());
    }

    public record Run(String text, boolean bold) {
    }
}
