package com.sectorweekly.report;

import com.sectorweekly.document.RichText;
import com.sectorweekly.format.CjkText;

/** Prose as content writes it, as the report prints it: tidied, KPI placeholders filled, bold read. */
final class Prose {

    private final KpiProse kpis;

    Prose(KpiProse kpis) {
        this.kpis = kpis;
    }

    RichText of(String text) {
        return InlineMarkdown.parse(kpis.expand(CjkText.tidy(text)));
    }
}
