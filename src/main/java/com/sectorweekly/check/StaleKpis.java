package com.sectorweekly.check;

import com.sectorweekly.model.ContentFields.Placed;
import com.sectorweekly.content.ContentLoader;
import com.sectorweekly.content.Places;
import com.sectorweekly.model.CoreData;
import com.sectorweekly.model.Desk;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** A KPI older than the desk allows for its frequency is a warning; one dated after the report, an error. */
final class StaleKpis implements Rule {

    @Override
    public List<Finding> check(CheckInput input) {
        LocalDate reportDate = input.week().week().meta().reportDate();
        Desk.KpiAges ages = input.week().desk().checks().kpiMaxAgeDays();
        Places places = input.week().places();
        List<Finding> findings = new ArrayList<>();
        for (Placed<CoreData.Kpi> placed : places.find(ContentLoader.CORE_DATA_FILE, CoreData.Kpi.class)) {
            CoreData.Kpi kpi = placed.value();
            String at = placed.at("as_of");
            long age = ChronoUnit.DAYS.between(kpi.asOf(), reportDate);
            int limit = ages.forFrequency(kpi.frequencyOrMonthly());
            if (age < 0) {
                findings.add(Finding.error(places.at(ContentLoader.CORE_DATA_FILE, at), "KPI '" + kpi.id()
                        + "' is as of " + kpi.asOf() + ", after the report date " + reportDate));
            } else if (age > limit) {
                findings.add(Finding.warning(places.at(ContentLoader.CORE_DATA_FILE, at), "KPI '" + kpi.id()
                        + "' is as of " + kpi.asOf() + ", " + age + " days before the report; a "
                        + kpi.frequencyOrMonthly() + " figure is refreshed within " + limit
                        + " days (checks.kpi_max_age_days in desk.yaml)"));
            }
        }
        return findings;
    }
}
