package com.sectorweekly.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Prose as runs of text: bold where content asks for it (lead-ins such as {@code **Lumentum**：}),
 * and with a role where the report marks a part of a line ({@code date}, {@code source} of a news
 * item) for formats to set apart. Neighbouring runs alike are one run.
 */
public record RichText(List<Run> runs) {

    public RichText {
        runs = merge(runs);
    }

    public static RichText plain(String text) {
        return new RichText(List.of(Run.plain(text)));
    }

    /** This text followed by another. */
    public RichText then(RichText more) {
        List<Run> all = new ArrayList<>(runs);
        all.addAll(more.runs);
        return new RichText(all);
    }

    /** The words without emphasis. */
    public String text() {
        return runs.stream().map(Run::text).collect(Collectors.joining());
    }

    public record Run(String text, boolean bold, @Verbatim String role) {

        public static Run plain(String text) {
            return new Run(text, false, null);
        }

        public static Run bold(String text) {
            return new Run(text, true, null);
        }

        boolean sameStyle(Run other) {
            return bold == other.bold && Objects.equals(role, other.role);
        }
    }

    /** Neighbouring runs of one style become one, so each format emits the fewest marks; empty runs go. */
    private static List<Run> merge(List<Run> runs) {
        List<Run> merged = new ArrayList<>();
        for (Run run : runs) {
            if (run.text().isEmpty()) {
                continue;
            }
            int last = merged.size() - 1;
            if (last >= 0 && merged.get(last).sameStyle(run)) {
                merged.set(last, new Run(merged.get(last).text() + run.text(), run.bold(), run.role()));
            } else {
                merged.add(run);
            }
        }
        return List.copyOf(merged);
    }
}
