package com.sectorweekly.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Core data (核心数据更新): KPIs in groups. Prose quotes a KPI by placeholder ({@link KpiReference}), so
 * every figure is typed once, in its KPI, and the summary and the body agree.
 */
public record CoreData(@Required @Prose String summary, @Required List<KpiGroup> groups) {

    public CoreData {
        groups = List.copyOf(groups);
    }

    /** All KPIs of the week by id, in the order written. */
    public Map<String, Kpi> kpisById() {
        Map<String, Kpi> byId = new LinkedHashMap<>();
        groups.forEach(g -> g.kpis().forEach(k -> byId.putIfAbsent(k.id(), k)));
        return byId;
    }

    public record KpiGroup(@Required String title, @Required String headline,
                           @Required @Prose List<String> paragraphs, @Required List<Kpi> kpis, List<KpiChart> charts) {
        public KpiGroup {
            paragraphs = List.copyOf(paragraphs);
            kpis = List.copyOf(kpis);
            charts = charts == null ? List.of() : List.copyOf(charts);
        }
    }

    /**
     * A chart of one KPI's history: {@code history} names a CSV file of {@code period,value,yoy}
     * beside core-data.yaml whose last row is the KPI itself. The caption may quote KPIs as prose
     * does; without one the chart is captioned with the KPI's name.
     */
    public record KpiChart(@Required String kpi, @Required String history, @Prose(label = true) String caption) {
    }

    /**
     * One published figure. {@code change} is in {@code changeUnit} ("%" unless given) against
     * {@code changeBasis} (同比, 环比, 比上年末 …); {@code asOf} is the end of the period it covers.
     * {@code aliases} are the other ways prose names it (云收入 for 云服务收入同比增速), by which
     * {@code check} finds the figure typed by hand.
     */
    public record Kpi(
            @Required String id,
            @Required String name,
            List<String> aliases,
            @Required BigDecimal value,
            @Required String unit,
            BigDecimal change,
            String changeUnit,
            String changeBasis,
            @Required String period,
            @Required LocalDate asOf,
            @Required String source,
            @OneOf(Choice.FREQUENCY) String frequency) {

        public static final List<String> FREQUENCIES = List.of("monthly", "quarterly", "annual");

        public Kpi {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }

        public String changeUnitOrPercent() {
            return changeUnit == null ? "%" : changeUnit;
        }

        /** How often the figure is published: monthly unless the KPI says quarterly or annual. */
        public String frequencyOrMonthly() {
            return frequency == null ? "monthly" : frequency;
        }
    }
}
