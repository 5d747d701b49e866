package com.sectorweekly.content;

import com.sectorweekly.model.CoreData;
import com.sectorweekly.model.Desk;
import com.sectorweekly.model.IsoWeek;
import com.sectorweekly.model.KpiReference;
import com.sectorweekly.model.Segment;
import com.sectorweekly.model.SentimentTable;
import com.sectorweekly.model.WeekMeta;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What must hold for a week to be built at all: every name it uses is defined in the desk file,
 * every KPI placeholder resolves, and the week is the week its folder and date say it is.
 */
final class ReferenceCheck {

    private final WeekFiles files;
    private final List<Problem> problems = new ArrayList<>();

    ReferenceCheck(WeekFiles files) {
        this.files = files;
    }

    List<Problem> run() {
        Desk desk = files.desk().value();
        WeekMeta meta = files.meta().value();
        checkDesk(desk);
        checkWeekIdentity(meta);
        if (!desk.ratingScale().has(meta.rating())) {
            report(files.meta(), "/rating", "rating '" + meta.rating() + "' is not in the desk's rating scale; expected one of: "
                    + names(desk.ratingScale().ratings(), Desk.Rating::name));
        }
        if (!desk.ratingActions().contains(meta.ratingAction())) {
            report(files.meta(), "/rating_action", "rating action '" + meta.ratingAction()
                    + "' is not defined in desk.yaml; expected one of: " + String.join(", ", desk.ratingActions()));
        }
        if (meta.analysts().isEmpty()) {
            report(files.meta(), "/analysts", "a report is signed by at least one analyst; list their ids from desk.yaml");
        }
        eachIndexed(meta.analysts(), (i, id) -> {
            if (desk.analyst(id).isEmpty()) {
                report(files.meta(), "/analysts/" + i, "unknown analyst '" + id + "'; desk.yaml lists: "
                        + names(desk.analysts(), Desk.Analyst::id));
            }
        });
        eachIndexed(meta.risks(), (i, id) -> {
            if (desk.risk(id).isEmpty()) {
                report(files.meta(), "/risks/" + i, "unknown risk '" + id + "'; desk.yaml's risk_library has: "
                        + names(desk.riskLibrary(), Desk.Risk::id));
            }
        });
        checkSentimentLevels(desk, files.segments().value().sentiment());
        checkCompanyRatings(desk, meta);
        checkKpiReferences(meta, files.segments().value().segments(), files.coreData().value());
        return problems;
    }

    private void checkDesk(Desk desk) {
        Set<String> ids = new HashSet<>();
        eachIndexed(desk.analysts(), (i, a) -> {
            if (!ids.add(a.id())) {
                report(files.desk(), "/analysts/" + i + "/id", "analyst id '" + a.id() + "' is used twice");
            }
        });
        if (desk.ratingScale().ratings().isEmpty()) {
            report(files.desk(), "/rating_scale/ratings", "the rating scale has no ratings");
        }
        if (!Desk.LANGUAGES.contains(desk.language())) {
            report(files.desk(), "/language", "language '" + desk.language() + "' has no wording in this tool; "
                    + "expected one of: " + String.join(", ", Desk.LANGUAGES));
        }
        try {
            ZoneId.of(desk.timeZone());
        } catch (DateTimeException e) {
            report(files.desk(), "/time_zone", "time_zone '" + desk.timeZone() + "' is not a time zone; write one such as Asia/Shanghai");
        }
        if (desk.sentimentScale().isEmpty()) {
            report(files.desk(), "/sentiment_scale", "the 景气度 scale has no levels");
        }
    }

    private void checkCompanyRatings(Desk desk, WeekMeta meta) {
        if (meta.companyRatings().isEmpty()) {
            return;
        }
        Desk.RatingScale scale = desk.companyRatingScale();
        if (scale == null) {
            report(files.meta(), "/company_ratings", "company_ratings need the desk's company_rating_scale in desk.yaml, "
                    + "which defines each company rating");
            return;
        }
        eachIndexed(meta.companyRatings(), (i, c) -> {
            if (!scale.has(c.rating())) {
                report(files.meta(), "/company_ratings/" + i + "/rating", "company rating '" + c.rating()
                        + "' is not on the desk's company scale; expected one of: " + names(scale.ratings(), Desk.Rating::name));
            }
            if (!desk.ratingActions().contains(c.action())) {
                report(files.meta(), "/company_ratings/" + i + "/action", "rating action '" + c.action()
                        + "' is not one of the desk's: " + String.join(", ", desk.ratingActions()));
            }
        });
    }

    private void checkWeekIdentity(WeekMeta meta) {
        IsoWeek week = meta.week();
        if (!files.folderName().equals(week.toString())) {
            report(files.meta(), "/week", "week " + week + " does not match its folder '" + files.folderName()
                    + "'; name the folder after the week (" + week + ") or correct the week");
        }
        if (!week.contains(meta.reportDate())) {
            report(files.meta(), "/report_date", "report date " + meta.reportDate() + " is outside " + week
                    + " (" + week.monday() + " to " + week.monday().plusDays(6) + ")");
        }
    }

    private void checkSentimentLevels(Desk desk, SentimentTable sentiment) {
        List<String> levels = desk.sentimentScale().stream().map(Desk.SentimentLevel::name).toList();
        eachIndexed(sentiment.rows(), (i, row) -> {
            if (!levels.contains(row.level())) {
                report(files.segments(), "/sentiment/rows/" + i + "/level", "景气度 level '" + row.level()
                        + "' is not on the desk's scale; expected one of: " + String.join(", ", levels));
            }
        });
    }

    private void checkKpiReferences(WeekMeta meta, List<Segment> segments, CoreData coreData) {
        Set<String> seen = new HashSet<>();
        eachIndexed(coreData.groups(), (g, group) -> eachIndexed(group.kpis(), (k, kpi) -> {
            if (!seen.add(kpi.id())) {
                report(files.coreData(), "/groups/" + g + "/kpis/" + k + "/id", "KPI id '" + kpi.id()
                        + "' is used twice; each figure is written once");
            }
            if (kpi.frequency() != null && !CoreData.Kpi.FREQUENCIES.contains(kpi.frequency())) {
                report(files.coreData(), "/groups/" + g + "/kpis/" + k + "/frequency", "frequency '" + kpi.frequency()
                        + "' is not one of: " + String.join(", ", CoreData.Kpi.FREQUENCIES));
            }
        }));
        Map<String, CoreData.Kpi> kpis = coreData.kpisById();
        Set<String> charted = new HashSet<>();
        eachIndexed(coreData.groups(), (g, group) -> eachIndexed(group.charts(), (c, chart) -> {
            String at = "/groups/" + g + "/charts/" + c;
            if (!kpis.containsKey(chart.kpi())) {
                report(files.coreData(), at + "/kpi", "chart of unknown KPI '" + chart.kpi()
                        + "'; core-data.yaml defines: " + String.join(", ", kpis.keySet()));
            } else if (!charted.add(chart.kpi())) {
                report(files.coreData(), at + "/kpi", "KPI '" + chart.kpi() + "' is charted twice; one chart per KPI");
            }
            if (chart.caption() != null) {
                checkText(files.coreData(), at + "/caption", chart.caption(), kpis);
            }
        }));
        checkText(files.meta(), "/headline", meta.headline(), kpis);
        checkText(files.meta(), "/investment_advice", meta.investmentAdvice(), kpis);
        eachIndexed(meta.views(), (i, text) -> checkText(files.meta(), "/views/" + i, text, kpis));
        eachIndexed(segments, (i, s) -> checkText(files.segments(), "/segments/" + i + "/commentary", s.commentary(), kpis));
        checkText(files.coreData(), "/summary", coreData.summary(), kpis);
        eachIndexed(coreData.groups(), (g, group) -> eachIndexed(group.paragraphs(), (p, text) ->
                checkText(files.coreData(), "/groups/" + g + "/paragraphs/" + p, text, kpis)));
    }

    private void checkText(YamlFile<?> file, String pointer, String text, Map<String, CoreData.Kpi> kpis) {
        for (KpiReference ref : KpiReference.findIn(text)) {
            CoreData.Kpi kpi = kpis.get(ref.id());
            if (kpi == null) {
                report(file, pointer, ref.placeholder() + " names no KPI; core-data.yaml defines: " + String.join(", ", kpis.keySet()));
            } else if (!ref.isValue() && !KpiReference.FIELDS.contains(ref.field())) {
                report(file, pointer, ref.placeholder() + ": unknown field '" + ref.field() + "'; write {" + ref.id()
                        + "}, {" + ref.id() + ".change}, {" + ref.id() + ".trend} or {" + ref.id() + ".period}");
            } else if (ref.needsChange() && kpi.change() == null) {
                report(file, pointer, ref.placeholder() + ": KPI '" + ref.id() + "' has no change; add change: to it in core-data.yaml");
            }
        }
    }

    private void report(YamlFile<?> file, String pointer, String message) {
        problems.add(new Problem(file.at(pointer), message));
    }

    private static <T> String names(List<T> items, Function<T, String> name) {
        return String.join(", ", items.stream().map(name).toList());
    }

    private interface IndexedAction<T> {
        void accept(int index, T item);
    }

    private static <T> void eachIndexed(List<T> items, IndexedAction<T> action) {
        for (int i = 0; i < items.size(); i++) {
            action.accept(i, items.get(i));
        }
    }
}
