package com.sectorweekly.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference to a KPI inside prose: {@code {id}} for its value, {@code {id.change}} for its signed
 * change, {@code {id.trend}} for the change in words (增长/下降 …), {@code {id.period}} for its period.
 */
public record KpiReference(String placeholder, String id, String field, int start, int end) {

    public static final List<String> FIELDS = List.of("change", "trend", "period");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)(?:\\.([A-Za-z0-9_]+))?}");

    /** All references in {@code text}, in order. */
    public static List<KpiReference> findIn(String text) {
        List<KpiReference> found = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(new KpiReference(m.group(), m.group(1), m.group(2), m.start(), m.end()));
        }
        return found;
    }

    public boolean isValue() {
        return field == null;
    }

    /** Whether the reference prints the KPI's change, which the KPI must then have. */
    public boolean needsChange() {
        return "change".equals(field) || "trend".equals(field);
    }
}
