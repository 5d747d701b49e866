package com.sectorweekly.check;

import com.sectorweekly.model.ContentFields.Placed;
import com.sectorweekly.content.ContentLoader;
import com.sectorweekly.content.Places;
import com.sectorweekly.format.Numbers;
import com.sectorweekly.model.CoreData;
import com.sectorweekly.model.KpiHistory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A KPI chart ends where the text stands: the last row of its history is the KPI's value and,
 * for a year-on-year change in percent, the KPI's change. Otherwise the chart and the sentence
 * beside it would print two different figures.
 */
final class KpiHistoryAgrees implements Rule {

    private static final String YEAR_ON_YEAR = "同比";

    @Override
    public List<Finding> check(CheckInput input) {
        CoreData coreData = input.week().week().coreData();
        Map<String, CoreData.Kpi> kpis = coreData.kpisById();
        Map<String, KpiHistory> histories = input.week().week().histories();
        Places places = input.week().places();
        List<Finding> findings = new ArrayList<>();
        for (Placed<CoreData.KpiChart> chart : places.find(ContentLoader.CORE_DATA_FILE, CoreData.KpiChart.class)) {
            CoreData.Kpi kpi = kpis.get(chart.value().kpi());
            KpiHistory history = histories.get(chart.value().kpi());
            String at = chart.at("history");
            KpiHistory.Point last = history.last();
            if (last.value().compareTo(kpi.value()) != 0) {
                findings.add(Finding.error(places.at(ContentLoader.CORE_DATA_FILE, at), history.file() + " ends at "
                        + Numbers.value(last.value(), kpi.unit()) + " (" + last.period() + "), but KPI '" + kpi.id()
                        + "' is " + Numbers.value(kpi.value(), kpi.unit()) + " (" + kpi.period() + ")"));
            }
            boolean yearOnYear = kpi.change() != null && YEAR_ON_YEAR.equals(kpi.changeBasis())
                    && "%".equals(kpi.changeUnitOrPercent());
            if (yearOnYear && history.hasYoy()
                    && (last.yoy() == null || last.yoy().compareTo(kpi.change()) != 0)) {
                findings.add(Finding.error(places.at(ContentLoader.CORE_DATA_FILE, at), history.file()
                        + " ends at a year-on-year change of " + (last.yoy() == null ? "nothing" : Numbers.move(last.yoy()))
                        + ", but KPI '" + kpi.id() + "' changed " + Numbers.change(kpi.change(), "%") + " 同比"));
            }
        }
        return findings;
    }
}
