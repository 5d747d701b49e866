package com.sectorweekly.check;

import com.sectorweekly.model.CoreData;
import com.sectorweekly.model.KpiReference;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What is wrong with a text's KPI placeholders, against the KPIs the report defines: one message each. */
final class KpiPlaceholders {

    private KpiPlaceholders() {
    }

    static List<String> problems(String text, Map<String, CoreData.Kpi> kpis) {
        List<String> problems = new ArrayList<>();
        for (KpiReference ref : KpiReference.findIn(text)) {
            CoreData.Kpi kpi = kpis.get(ref.id());
            if (kpi == null) {
                problems.add(ref.placeholder() + " names no KPI; " + (kpis.isEmpty()
                        ? "this report has no core-data.yaml to quote from"
                        : "core-data.yaml defines: " + String.join(", ", kpis.keySet())));
            } else if (!ref.isValue() && !KpiReference.FIELDS.contains(ref.field())) {
                problems.add(ref.placeholder() + ": unknown field '" + ref.field() + "'; write {" + ref.id()
                        + "}, {" + ref.id() + ".change}, {" + ref.id() + ".trend} or {" + ref.id() + ".period}");
            } else if (ref.needsChange() && kpi.change() == null) {
                problems.add(ref.placeholder() + ": KPI '" + ref.id() + "' has no change; add change: to it in core-data.yaml");
            }
        }
        return problems;
    }
}
