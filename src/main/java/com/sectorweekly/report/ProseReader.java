package com.sectorweekly.report;

import com.sectorweekly.document.RichText;
import com.sectorweekly.format.CjkText;

import java.util.Arrays;
import java.util.List;

/** Prose as content writes it, read as the report prints it: tidied, KPI placeholders filled, bold read. */
final class ProseReader {

    private final KpiProse kpis;

    ProseReader(KpiProse kpis) {
        this.kpis = kpis;
    }

    RichText of(String text) {
        return InlineMarkdown.parse(kpis.expand(CjkText.tidy(text)));
    }

    /**
     * Text that may hold several paragraphs: a line break starts a new one (in YAML, a blank line
     * between the lines of folded text, or each line of literal text).
     */
    List<RichText> paragraphs(String text) {
        return Arrays.stream(text.split("\\n")).filter(p -> !p.isBlank()).map(this::of).toList();
    }

    /** Plain text, as a caption or a table's cell is: tidied and placeholders filled; null stays null. */
    String text(String text) {
        return text == null ? null : kpis.expand(CjkText.tidy(text));
    }
}
