package com.sectorweekly.check;

import com.sectorweekly.content.ContentLoader;
import com.sectorweekly.content.LoadedWeek;
import com.sectorweekly.content.Places;
import com.sectorweekly.format.Labels;
import com.sectorweekly.model.ContentFields;
import com.sectorweekly.model.ContentFields.Placed;
import com.sectorweekly.model.CoreData;
import com.sectorweekly.model.Desk;
import com.sectorweekly.model.IsoWeek;
import com.sectorweekly.model.News;
import com.sectorweekly.model.Outline;
import com.sectorweekly.model.ReportPeriod;
import com.sectorweekly.model.WeekMeta;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What must hold for a week to be built at all: every name it uses is defined in the desk file,
 * every KPI placeholder resolves, every block the outline names exists, and the week is the week
 * its folder and date say it is. The other rules run only when these hold.
 */
final class ReferenceCheck implements Rule {

    private static final String DESK = ContentLoader.DESK_FILE;
    private static final String META = ContentLoader.META_FILE;
    private static final String SEGMENTS = ContentLoader.SEGMENTS_FILE;
    private static final String CORE_DATA = ContentLoader.CORE_DATA_FILE;
    private static final String OUTLINE = ContentLoader.OUTLINE_FILE;

    /** The file each built-in block is made from, where it is made from one of the weekly's files. */
    private static final Map<String, String> NEEDS = needs();

    private static Map<String, String> needs() {
        Map<String, String> needs = new java.util.HashMap<>();
        List.of("segment_summaries", "segment_views", "sentiment_table").forEach(b -> needs.put(b, SEGMENTS));
        List.of("core_data_summary", "kpi_groups").forEach(b -> needs.put(b, CORE_DATA));
        List.of("market_review", "industry_ranking", "movers_review", "movers_chart", "movers_table")
                .forEach(b -> needs.put(b, ContentLoader.MARKET_FILE));
        News.BLOCKS.forEach(b -> needs.put(b, ContentLoader.NEWS_FILE));
        return Map.copyOf(needs);
    }

    @Override
    public List<Finding> check(CheckInput input) {
        return new Run(input.week()).findings;
    }

    /** One week's references, checked. */
    private static final class Run {

        private final LoadedWeek loaded;
        private final Places places;
        private final Placed<Object> deskFile;
        private final Placed<Object> metaFile;
        private final List<Finding> findings = new ArrayList<>();

        Run(LoadedWeek loaded) {
            this.loaded = loaded;
            this.places = loaded.places();
            this.deskFile = places.root(DESK);
            this.metaFile = places.root(META);
            Desk desk = loaded.desk();
            WeekMeta meta = loaded.week().meta();
            checkDesk(desk);
            checkKindAndPeriod(desk, meta);
            if (loaded.kind() != null) { // what a report needs depends on its kind
                checkSectorRating(desk, meta);
            }
            if (meta.analysts().isEmpty()) {
                report(META, metaFile.at("analysts"), "a report is signed by at least one analyst; list their ids from desk.yaml");
            }
            places.find(META, WeekMeta.Risk.class).forEach(placed -> {
                WeekMeta.Risk risk = placed.value();
                if (!risk.ownWords() && (risk.title() != null || risk.text() != null)) {
                    report(META, placed.pointer(), "a risk is either the id of one in desk.yaml's risk_library, "
                            + "or a title and a text of this report's own; not both");
                } else if (risk.ownWords() && (blank(risk.title()) || blank(risk.text()))) {
                    report(META, placed.pointer(), "a risk in the report's own words has a title and a text: "
                            + "{title: …, text: …}; or write the id of one in desk.yaml's risk_library");
                }
            });
            checkChoices(desk);
            checkKpiReferences(loaded.week().coreData());
            checkOutline(Labels.forLocale(Locale.forLanguageTag(desk.language())));
        }

        private void checkDesk(Desk desk) {
            Set<String> ids = new HashSet<>();
            places.find(DESK, Desk.Analyst.class).forEach(analyst -> {
                if (!ids.add(analyst.value().id())) {
                    report(DESK, analyst.at("id"), "analyst id '" + analyst.value().id() + "' is used twice");
                }
            });
            if (desk.ratingScale().ratings().isEmpty()) {
                report(DESK, deskFile.field("rating_scale").at("ratings"), "the rating scale has no ratings");
            }
            try {
                ZoneId.of(desk.timeZone());
            } catch (DateTimeException e) {
                report(DESK, deskFile.at("time_zone"), "time_zone '" + desk.timeZone() + "' is not a time zone; write one such as Asia/Shanghai");
            }
            Set<String> kinds = new HashSet<>();
            places.find(DESK, Desk.ReportKind.class).forEach(kind -> {
                if (!kinds.add(kind.value().name())) {
                    report(DESK, kind.at("name"), "report kind '" + kind.value().name() + "' is named twice");
                }
            });
            if (desk.sentimentScale().isEmpty()) {
                report(DESK, deskFile.at("sentiment_scale"), "the 景气度 scale has no levels");
            }
        }

        /** Every value chosen from a set (the desk's ratings, analysts, 景气度 levels; a chart's kinds …), in every file. */
        private void checkChoices(Desk desk) {
            places.records().forEach((file, record) -> ContentFields.choices(record).forEach(chosen -> {
                List<String> values = chosen.choice().values(desk);
                if (chosen.value() != null && !values.contains(chosen.value())) {
                    String refused = chosen.choice().title() + " '" + chosen.value() + "' is not " + chosen.choice().scope();
                    report(file, chosen.pointer(), values.isEmpty() ? refused + "; desk.yaml defines none"
                            : refused + hint(chosen.value(), values) + " expected one of: " + String.join(", ", values)
                            + chosen.choice().aside());
                }
            }));
        }

        /**
         * The report is of a kind the desk publishes, its folder is named after a period of that
         * kind, a weekly names its week (the folder's), and the report is dated within its period.
         */
        private void checkKindAndPeriod(Desk desk, WeekMeta meta) {
            Desk.ReportKind kind = loaded.kind();
            if (kind == null) {
                return; // not a kind the desk publishes: a choice refused
            }
            String folderName = loaded.weekDir().getFileName().toString();
            ReportPeriod period = loaded.week().period();
            if (kind.period().equals(ReportPeriod.WEEK)) {
                IsoWeek week = meta.week();
                if (week == null) {
                    report(META, metaFile.pointer(), "a weekly names its week: add week: " + folderName + " to it");
                    return;
                }
                if (!folderName.equals(week.toString())) {
                    report(META, metaFile.at("week"), "week " + week + " does not match its folder '" + folderName
                            + "'; name the folder after the week (" + week + ") or correct the week");
                }
                if (!week.contains(meta.reportDate())) {
                    report(META, metaFile.at("report_date"), "report date " + meta.reportDate() + " is outside " + week
                            + " (" + week.monday() + " to " + week.monday().plusDays(6) + ")");
                }
                return;
            }
            if (period == null || !period.kind().equals(kind.period())) {
                report(META, metaFile.at("kind"), "a " + kind.name() + " report's folder is named after " + ReportPeriod.example(kind.period())
                        + ", not '" + folderName + "'");
            } else if (!period.contains(meta.reportDate())) {
                report(META, metaFile.at("report_date"), "report date " + meta.reportDate() + " is outside " + period.name()
                        + ", the period its folder names");
            }
        }

        /** The sector's rating and its action, from the desk's scale; a kind that does not require one may leave both out. */
        private void checkSectorRating(Desk desk, WeekMeta meta) {
            boolean required = loaded.kind().requiresSectorRating();
            String scale = names(desk.ratingScale().ratings(), Desk.Rating::name);
            if (meta.rating() == null && required) {
                report(META, metaFile.at("rating"), "'rating' is empty; a " + meta.kind() + " report carries the sector's rating, one of: "
                        + scale);
            }
            if (meta.ratingAction() == null && (required || meta.rating() != null)) {
                report(META, metaFile.at("rating_action"), "'rating_action' is empty; a rating comes with its action, one of: "
                        + String.join(", ", desk.ratingActions()));
            }
        }

        private void checkKpiReferences(CoreData coreData) {
            Set<String> seen = new HashSet<>();
            places.find(CORE_DATA, CoreData.Kpi.class).forEach(kpi -> {
                if (!seen.add(kpi.value().id())) {
                    report(CORE_DATA, kpi.at("id"), "KPI id '" + kpi.value().id() + "' is used twice; each figure is written once");
                }
            });
            Map<String, CoreData.Kpi> kpis = coreData.kpisById();
            Set<String> charted = new HashSet<>();
            places.find(CORE_DATA, CoreData.KpiChart.class).forEach(chart -> {
                String kpi = chart.value().kpi();
                if (!kpis.containsKey(kpi)) {
                    report(CORE_DATA, chart.at("kpi"), "chart of unknown KPI '" + kpi + "'; core-data.yaml defines: "
                            + String.join(", ", kpis.keySet()));
                } else if (!charted.add(kpi)) {
                    report(CORE_DATA, chart.at("kpi"), "KPI '" + kpi + "' is charted twice; one chart per KPI");
                }
            });
            // Every text the model marks as prose, captions and titles included, in every file of the report.
            places.reportFiles().forEach((file, record) -> ContentFields.texts(record)
                    .forEach(text -> checkText(file, text.pointer(), text.text(), kpis)));
        }

        private void checkText(String file, String pointer, String text, Map<String, CoreData.Kpi> kpis) {
            KpiPlaceholders.problems(text, kpis).forEach(problem -> report(file, pointer, problem));
        }

        /**
         * Every part of the outline names a heading (a label the wording has, or a title), blocks that
         * exist and a style there is; ids are the anchors of links and must differ.
         */
        private void checkOutline(Labels labels) {
            Set<String> ids = new HashSet<>();
            Set<String> missing = new java.util.TreeSet<>();
            for (Placed<Outline.Part> part : places.find(OUTLINE, Outline.Part.class)) {
                checkPart(part, labels, ids);
                for (String block : part.value().holds()) {
                    String file = NEEDS.get(block);
                    if (file != null && !places.has(file) && loaded.kind() != null) {
                        missing.add(file);
                    }
                }
            }
            for (String file : missing) {
                report(META, metaFile.pointer(), "this report's outline prints what " + file + " holds, but the folder has no " + file);
            }
        }

        private void checkPart(Placed<Outline.Part> placed, Labels labels, Set<String> ids) {
            Outline.Part part = placed.value();
            if (part.standsForOwnChapters()) {
                if (part.label() != null || part.title() != null || part.id() != null || part.style() != null
                        || !part.holds().isEmpty() || !part.sections().isEmpty()) {
                    report(OUTLINE, placed.pointer(), "own_chapters stands for the report's own chapters and takes nothing else; "
                            + "write it as a part of its own: - {own_chapters: true}");
                }
                return;
            }
            if ((part.label() == null) == (part.title() == null)) {
                report(OUTLINE, placed.pointer(), "a part has either a label (a heading from the report's wording) or a title "
                        + "(the heading as printed), not " + (part.label() == null ? "neither" : "both"));
            } else if (part.label() != null && !labels.has(part.label())) {
                report(OUTLINE, placed.at("label"), "label '" + part.label() + "' is not in the report's wording"
                        + hint(part.label(), labels.keys()) + " or write the heading as printed under title:");
            }
            if (part.id() != null && !ids.add(part.id())) {
                report(OUTLINE, placed.at("id"), "id '" + part.id() + "' is used twice; each part's anchor is its own");
            }
        }

        /** "; did you mean 'x'?" when a known name is near, else ";". */
        private static String hint(String name, java.util.Collection<String> known) {
            return Names.nearest(name, known).map(n -> "; did you mean '" + n + "'?").orElse(";");
        }

        private void report(String file, String pointer, String message) {
            findings.add(Finding.error(places.at(file, pointer), message));
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }

        private static <T> String names(List<T> items, Function<T, String> name) {
            return String.join(", ", items.stream().map(name).toList());
        }
    }
}
