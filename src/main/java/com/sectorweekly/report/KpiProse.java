package com.sectorweekly.report;

import com.sectorweekly.format.CjkText;
import com.sectorweekly.format.Labels;
import com.sectorweekly.format.Numbers;
import com.sectorweekly.model.CoreData.Kpi;
import com.sectorweekly.model.KpiReference;

import java.math.BigDecimal;
import java.util.Map;

/** Fills the KPI placeholders of a text with the KPIs' formatted figures. */
final class KpiProse {

    private final Map<String, Kpi> kpis;
    private final Labels labels;

    KpiProse(Map<String, Kpi> kpis, Labels labels) {
        this.kpis = kpis;
        this.labels = labels;
    }

    String expand(String text) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        int from = 0;
        for (KpiReference ref : KpiReference.findIn(text)) {
            out.append(text, from, ref.start()).append(figure(ref));
            from = ref.end();
        }
        return out.append(text, from, text.length()).toString();
    }

    private String figure(KpiReference ref) {
        Kpi kpi = kpis.get(ref.id());
        if (kpi == null) {
            throw new IllegalStateException("unchecked KPI reference " + ref.placeholder());
        }
        if (ref.isValue()) {
            return Numbers.value(kpi.value(), unit(kpi.unit()));
        }
        return switch (ref.field()) {
            case "change" -> Numbers.change(kpi.change(), unit(kpi.changeUnitOrPercent()));
            case "trend" -> trend(kpi.change(), kpi.changeUnitOrPercent());
            case "period" -> kpi.period();
            default -> throw new IllegalStateException("unchecked KPI field " + ref.placeholder());
        };
    }

    /** 增长20.4% / 下降1.7% / 增加316.7万户 / 提升0.8个百分点 / 持平. */
    String trend(BigDecimal change, String unit) {
        if (change.signum() == 0) {
            return labels.get("trend.flat");
        }
        String kind = switch (unit) {
            case "%" -> ".percent";
            case "个百分点", "pct" -> ".points";
            default -> "";
        };
        String word = labels.get((change.signum() > 0 ? "trend.up" : "trend.down") + kind);
        return labels.format("trend.phrase", word, Numbers.magnitude(change, unit(unit)));
    }

    /**
     * A unit as it follows its number: as written in Chinese (2904亿元, 19.31GB), set off by a space
     * in English when it is a word (2,904 bn yuan, but 35.3%).
     */
    String unit(String unit) {
        return !unit.isEmpty() && Character.isLetter(unit.charAt(0)) && !CjkText.isCjk(unit.charAt(0))
                ? labels.get("number.unitSpace") + unit : unit;
    }
}
