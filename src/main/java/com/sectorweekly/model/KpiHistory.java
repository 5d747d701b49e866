package com.sectorweekly.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A KPI's values over past periods, oldest first, from the CSV file a {@link CoreData.KpiChart}
 * names. {@code yoy} is the year-on-year change in percent, where the file gives one.
 */
public record KpiHistory(String file, List<Point> points) {

    public KpiHistory {
        points = List.copyOf(points);
    }

    public Point last() {
        return points.get(points.size() - 1);
    }

    public boolean hasYoy() {
        return points.stream().anyMatch(p -> p.yoy() != null);
    }

    public record Point(String period, BigDecimal value, BigDecimal yoy) {
    }
}
