package com.sectorweekly.check;

import com.sectorweekly.content.ContentLoader;
import com.sectorweekly.content.Places;
import com.sectorweekly.format.Dates;
import com.sectorweekly.model.Chapters;
import com.sectorweekly.model.ContentFields.Placed;
import com.sectorweekly.model.CoreData;
import com.sectorweekly.model.DataTable;
import com.sectorweekly.model.DataValues;
import com.sectorweekly.model.KpiReference;
import com.sectorweekly.model.News;
import com.sectorweekly.model.ReportPeriod;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in the prose that disagree with the data they stand beside: a period named in the clause
 * of a KPI placeholder ("截至1月末…{users_5g}" where the KPI is for 2026年2月末), a month in a KPI
 * chart's caption that is not its KPI's, a chapter's chart or table captioned as of (截至) a month
 * its data does not end in, and "本周" in a news item dated outside the report's week.
 * Warnings, at the words.
 */
final class DatesAgree implements Rule {

    /** 2026年1-2月, 1月末, 2月份: a year if given, and the first and last month. */
    private static final Pattern MONTHS = Pattern.compile("(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})(?:\\s*[-–~至]\\s*(\\d{1,2}))?\\s*月");
    private static final String CLAUSE_ENDS = "，。；！？\n";
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})\\s*[-/年.]\\s*(\\d{1,2})\\s*月?");

    /** A period named in text: its year if given, its first and last month, and the words as typed. */
    private record Months(String year, int first, int last, String words) {
        /** The last period the text names. */
        static Optional<Months> last(String text) {
            Matcher m = MONTHS.matcher(text);
            Months found = null;
            while (m.find()) {
                int first = Integer.parseInt(m.group(2));
                found = new Months(m.group(1), first, m.group(3) == null ? first : Integer.parseInt(m.group(3)), m.group());
            }
            return Optional.ofNullable(found);
        }

        boolean agrees(Months data) {
            return (year == null || data.year == null || year.equals(data.year)) && first == data.first && last == data.last;
        }
    }

    @Override
    public List<Finding> check(CheckInput input) {
        Places places = input.week().places();
        List<Finding> findings = new ArrayList<>();
        Map<String, CoreData.Kpi> kpis = input.week().week().coreData().kpisById();
        for (ProseFields.Field field : ProseFields.withLabels(input.week())) {
            for (KpiReference ref : KpiReference.findIn(field.text())) {
                CoreData.Kpi kpi = kpis.get(ref.id());
                if (kpi == null || "period".equals(ref.field())) {
                    continue;
                }
                String clause = clauseBefore(field.text(), ref.start());
                Optional<Months> said = Months.last(clause);
                Optional<Months> data = Months.last(kpi.period());
                if (said.isPresent() && data.isPresent() && !said.get().agrees(data.get())) {
                    findings.add(Finding.warning(places.at(field.file(), field.pointer(), said.get().words()),
                            "'" + said.get().words() + "' stands beside {" + kpi.id() + "}, whose figure is for " + kpi.period()
                                    + "; write {" + kpi.id() + ".period} to quote its period"));
                }
            }
        }
        // A chart's caption typed without placeholders that names a month ("截至1月末…") names the month of the KPI the chart draws.
        for (Placed<CoreData.KpiChart> placed : places.find(ContentLoader.CORE_DATA_FILE, CoreData.KpiChart.class)) {
            CoreData.KpiChart chart = placed.value();
            CoreData.Kpi kpi = kpis.get(chart.kpi());
            if (chart.caption() == null || kpi == null || !KpiReference.findIn(chart.caption()).isEmpty()) {
                continue; // a placeholder's clause is read above
            }
            Optional<Months> said = Months.last(chart.caption());
            Optional<Months> data = Months.last(kpi.period());
            if (said.isPresent() && data.isPresent() && !said.get().agrees(data.get())) {
                findings.add(Finding.warning(places.at(ContentLoader.CORE_DATA_FILE, placed.at("caption"), said.get().words()),
                        "the caption says '" + said.get().words() + "' over the chart of " + kpi.id() + ", whose latest figure is for "
                                + kpi.period() + "; write {" + kpi.id() + ".period} to quote its period"));
            }
        }
        // A chapter's chart or table whose caption says up to when ("截至1月末") over data that ends in another month.
        for (Placed<Chapters.ChartData> placed : places.find(ContentLoader.CHAPTERS_FILE, Chapters.ChartData.class)) {
            asOf(placed.value().caption(), placed.value(), input, placed.at("caption")).ifPresent(findings::add);
        }
        for (Placed<Chapters.Table> placed : places.find(ContentLoader.CHAPTERS_FILE, Chapters.Table.class)) {
            asOf(placed.value().caption(), placed.value(), input, placed.at("caption")).ifPresent(findings::add);
        }
        if (input.week().week().period() instanceof ReportPeriod.Week week) {
            Dates dates = new Dates(Locale.forLanguageTag(input.week().desk().language()));
            LocalDate monday = week.start();
            for (Placed<News.Item> placed : input.week().places().find(ContentLoader.NEWS_FILE, News.Item.class)) {
                News.Item item = placed.value();
                if (item.date() != null && item.text().contains("本周")
                        && (item.date().isBefore(monday) || item.date().isAfter(monday.plusDays(6)))) {
                    findings.add(Finding.warning(places.at(ContentLoader.NEWS_FILE, placed.at("text"), "本周"),
                            "'本周' in a news item dated " + dates.monthDay(item.date()) + ", outside the report's week ("
                                    + dates.range(monday, monday.plusDays(6)) + ")"));
                }
            }
        }
        return findings;
    }

    /**
     * A caption that says as of when (截至) with another month than the data's last row: the
     * first cell of that row, a date (2026-02-28) or a month (2026-02, 2026年2月).
     */
    private static Optional<Finding> asOf(String caption, Chapters.DataSource source, CheckInput input, String pointer) {
        if (caption == null || !caption.contains("截至")) {
            return Optional.empty();
        }
        Optional<Months> said = Months.last(caption.substring(caption.indexOf("截至")));
        DataTable data = source.rows() != null && source.rows().size() > 1
                ? new DataTable("", source.rows().get(0), source.rows().subList(1, source.rows().size()))
                : input.week().week().tables().get(DataTable.key(source));
        if (said.isEmpty() || data == null || data.rows().isEmpty() || data.rows().get(data.rows().size() - 1).isEmpty()) {
            return Optional.empty();
        }
        String last = data.rows().get(data.rows().size() - 1).get(0).strip();
        Optional<Months> month = DataValues.date(last).map(d -> new Months(String.valueOf(d.getYear()), d.getMonthValue(),
                d.getMonthValue(), last)).or(() -> monthOf(last));
        if (month.isEmpty() || said.get().agrees(month.get())) {
            return Optional.empty();
        }
        return Optional.of(Finding.warning(input.week().places().at(ContentLoader.CHAPTERS_FILE, pointer, said.get().words()),
                "the caption says '" + said.get().words() + "' over data whose last row is " + last
                        + (data.file().isEmpty() ? "" : " (" + data.file() + ")") + "; say the month the data ends in"));
    }

    /** 2026-02, 2026/2, 2026年2月: a year and a month. */
    private static Optional<Months> monthOf(String cell) {
        Matcher m = YEAR_MONTH.matcher(cell);
        if (!m.matches()) {
            return Optional.empty();
        }
        int month = Integer.parseInt(m.group(2));
        return month < 1 || month > 12 ? Optional.empty() : Optional.of(new Months(m.group(1), month, month, cell));
    }

    /** The text of the clause that ends at {@code end}: back to the last comma or full stop. */
    private static String clauseBefore(String text, int end) {
        int start = end;
        while (start > 0 && CLAUSE_ENDS.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        return text.substring(start, end);
    }
}
