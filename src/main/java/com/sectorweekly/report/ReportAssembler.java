package com.sectorweekly.report;

import com.sectorweekly.content.LoadedWeek;
import com.sectorweekly.format.CjkText;
import com.sectorweekly.format.Dates;
import com.sectorweekly.format.Numbers;
import com.sectorweekly.model.CoreData;
import com.sectorweekly.model.Desk;
import com.sectorweekly.model.KpiHistory;
import com.sectorweekly.model.MarketReview;
import com.sectorweekly.model.News;
import com.sectorweekly.model.Segment;
import com.sectorweekly.model.SentimentTable;
import com.sectorweekly.model.Week;
import com.sectorweekly.model.WeekMeta;
import com.sectorweekly.report.Report.CompanyNews;
import com.sectorweekly.report.TableFigure.Column;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns a loaded week into a {@link Report}: numbers chapters and figures in reading order, formats
 * every figure, writes the set phrases around them, and attaches the desk's compliance text.
 */
public final class ReportAssembler {

    /** Publication times are printed on the 24-hour clock: 07:30. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final Map<Locale, Labels> bundles = new ConcurrentHashMap<>();

    /** A report in the desk's language, with its wording, numerals, punctuation and dates. */
    public Report assemble(LoadedWeek loaded) {
        Locale locale = Locale.forLanguageTag(loaded.desk().language());
        return new Assembly(loaded.desk(), loaded.week(), bundles.computeIfAbsent(locale, Labels::forLocale)).report();
    }

    /** The state of one assembly: the figure counter runs through the report in reading order. */
    private static final class Assembly {

        private final Labels labels;
        private final Dates dates;
        private final Desk desk;
        private final Week week;
        private final WeekMeta meta;
        private final Map<String, CoreData.Kpi> kpis;
        private final KpiProse kpiProse;
        private int figureCount;
        private int chapterCount;

        Assembly(Desk desk, Week week, Labels labels) {
            this.labels = labels;
            this.dates = new Dates(labels.locale());
            this.desk = desk;
            this.week = week;
            this.meta = week.meta();
            this.kpis = week.coreData().kpisById();
            this.kpiProse = new KpiProse(kpis, labels);
        }

        Report report() {
            List<Report.SegmentView> segmentViews = week.segments().stream().map(this::segmentView).toList();
            Report.SegmentSection segments = new Report.SegmentSection(
                    chapter("segments"), segmentViews, sentimentTable(week.sentiment()));
            Report.CoreDataSection coreData = coreData(week.coreData());
            Report.MarketSection market = market(week.market());
            Report.NewsSection news = news(week.news());
            Report.CompanySection companies = companies(meta.companyRatings());
            List<Report.RiskView> risks = riskViews();
            Report.Cover cover = cover(segmentViews, risks);
            return new Report(
                    fileStem(),
                    meta.week().toString(),
                    documentInfo(),
                    masthead(),
                    cover,
                    segments, coreData, market, news, companies,
                    new Report.RiskSection(Heading.unnumbered("risks", 1, labels.get("section.risks")), risks),
                    ratings(),
                    new Report.CertificationSection(Heading.unnumbered("certification", 1, labels.get("section.certification")),
                            CjkText.tidy(desk.analystCertification())),
                    disclaimer(),
                    new Report.Colors(desk.style().primaryColor(), desk.style().accentColor(),
                            desk.style().riseColor(), desk.style().fallColor()),
                    distribution(cover),
                    labels.asMap());
        }

        /** The abstract is the cover's headline and views as printed: placeholders filled, emphasis dropped. */
        private Report.Distribution distribution(Report.Cover cover) {
            List<Report.Author> authors = meta.analysts().stream().map(id -> desk.analyst(id).orElseThrow())
                    .map(a -> new Report.Author(a.id(), a.name(), a.licence().strip(), a.email())).toList();
            List<String> summary = new ArrayList<>();
            summary.add(cover.headline());
            cover.views().forEach(view -> summary.add(view.text()));
            return new Report.Distribution(desk.house(), desk.shortName(), desk.sector().name(), desk.sector().slug(),
                    labels.format("report.series", desk.sector().name()), meta.rating(), meta.ratingAction(), authors,
                    meta.companyRatings().stream()
                            .map(c -> new Report.CoveredCompany(c.code(), c.name(), c.rating(), c.action())).toList(),
                    LocalDateTime.of(meta.reportDate(), meta.publicationTime())
                            .atZone(ZoneId.of(desk.timeZone())).toOffsetDateTime(),
                    String.join("\n", summary));
        }

        private String fileStem() {
            return desk.sector().slug() + "-weekly-" + meta.week();
        }

        private Report.DocumentInfo documentInfo() {
            String sector = desk.sector().name();
            String title = labels.format("report.title", sector, meta.week(), CjkText.tidy(meta.headline()));
            String authors = meta.analysts().stream().map(id -> desk.analyst(id).orElseThrow().name())
                    .collect(Collectors.joining(labels.get("list.separator")));
            return new Report.DocumentInfo(
                    title,
                    authors,
                    labels.format("report.sectorResearch", sector) + " · " + labels.get("report.type"),
                    labels.format("report.keywords", sector, desk.shortName(), String.join(",",
                            week.segments().stream().map(Segment::name).toList())),
                    labels.locale().toLanguageTag(),
                    desk.researchInstitute(),
                    meta.reportDate());
        }

        private Report.Masthead masthead() {
            String sector = desk.sector().name();
            return new Report.Masthead(desk.house(),
                    labels.format("report.sectorResearch", sector),
                    labels.get("report.type"),
                    desk.documentType(),
                    desk.team(),
                    dates.full(meta.reportDate()),
                    labels.format("report.runningHeader", desk.shortName(), sector),
                    desk.documentType() + " · " + dates.full(meta.reportDate()));
        }

        private Report.Cover cover(List<Report.SegmentView> segments, List<Report.RiskView> risks) {
            List<Report.AnalystLine> analysts = meta.analysts().stream()
                    .map(id -> desk.analyst(id).orElseThrow())
                    .map(a -> new Report.AnalystLine(a.name(), labels.format("cover.licence", a.licence()), a.email()))
                    .toList();
            String riskTitles = risks.stream().map(Report.RiskView::title)
                    .collect(Collectors.joining(labels.get("list.separator")));
            return new Report.Cover(
                    labels.format("cover.rating", meta.rating(), meta.ratingAction()),
                    analysts,
                    prose(meta.headline()).text(),
                    labels.format("cover.views", desk.sector().name()),
                    meta.views().stream().map(this::prose).toList(),
                    labels.get("cover.segments"), segments,
                    labels.get("cover.coreData"), prose(week.coreData().summary()),
                    labels.get("cover.advice"), prose(meta.investmentAdvice()),
                    labels.get("cover.risks"), riskTitles);
        }

        private Report.SegmentView segmentView(Segment s) {
            String moves = labels.format("segment.moves", s.index().name(),
                    Numbers.move(s.weekChange()), Numbers.move(s.monthToDateChange()));
            ChartFigure chart = week.seriesOf(s).map(series -> chart(
                    labels.format("chart.trend.caption", s.index().name(), s.index().code()),
                    new Chart.Trend(s.index().name(), series.closes().stream()
                            .filter(c -> !c.date().isAfter(meta.reportDate()))
                            .map(c -> new Chart.Trend.Point(c.date(), c.close())).toList(),
                            meta.week().monday(), meta.reportDate()),
                    s.sources())).orElse(null);
            return new Report.SegmentView(s.name(), moves, prose(s.commentary()), chart);
        }

        private TableFigure sentimentTable(SentimentTable table) {
            List<Column> columns = List.of(
                    new Column(labels.get("sentiment.board"), false, 1.2f),
                    new Column(labels.get("sentiment.level"), false, 1.5f),
                    new Column(labels.get("sentiment.reason"), false, 6f));
            List<List<String>> rows = table.rows().stream()
                    .map(r -> List.of(r.board(), r.level(), CjkText.tidy(r.reason())))
                    .toList();
            return figure(labels.format("sentiment.caption", desk.sector().name()), columns, rows, table.sources());
        }

        private Report.CoreDataSection coreData(CoreData data) {
            Heading heading = chapter("coreData");
            int chapter = chapterCount;
            List<Report.KpiGroupView> groups = new ArrayList<>();
            for (CoreData.KpiGroup group : data.groups()) {
                Heading sub = Heading.subsection("core-" + chapter + "-" + (groups.size() + 1), chapter,
                        groups.size() + 1, labels.format("coreData.groupTitle", group.title(), CjkText.tidy(group.headline())));
                List<ChartFigure> charts = group.charts().stream().map(this::kpiChart).toList();
                groups.add(new Report.KpiGroupView(sub, group.paragraphs().stream().map(this::prose).toList(),
                        charts, kpiTable(group)));
            }
            return new Report.CoreDataSection(heading, groups);
        }

        private ChartFigure kpiChart(CoreData.KpiChart spec) {
            CoreData.Kpi kpi = kpis.get(spec.kpi());
            KpiHistory history = week.histories().get(spec.kpi());
            String caption = spec.caption() == null ? kpi.name() : prose(spec.caption()).text();
            Chart.History chart = new Chart.History(
                    labels.format("chart.history.value", kpi.name(), kpi.unit()),
                    history.hasYoy() ? labels.get("chart.history.yoy") : null,
                    history.points().stream()
                            .map(p -> new Chart.History.Period(p.period(), p.value(), p.yoy())).toList());
            return chart(caption, chart, List.of(kpi.source()));
        }

        private TableFigure kpiTable(CoreData.KpiGroup group) {
            List<Column> columns = List.of(
                    new Column(labels.get("kpi.name"), false, 3.2f),
                    new Column(labels.get("kpi.value"), true, 1.6f),
                    new Column(labels.get("kpi.change"), true, 1.4f),
                    new Column(labels.get("kpi.basis"), false, 1.2f),
                    new Column(labels.get("kpi.period"), false, 1.4f));
            List<List<String>> rows = group.kpis().stream().map(k -> List.of(
                    k.name(),
                    Numbers.value(k.value(), kpiProse.unit(k.unit())),
                    k.change() == null ? "—" : Numbers.change(k.change(), kpiProse.unit(k.changeUnitOrPercent())),
                    k.change() == null || k.changeBasis() == null ? "—" : k.changeBasis(),
                    k.period())).toList();
            List<String> sources = group.kpis().stream().map(CoreData.Kpi::source).distinct().toList();
            return figure(labels.format("kpi.caption", group.title()), columns, rows, sources);
        }

        private Report.MarketSection market(MarketReview m) {
            Heading heading = chapter("market");
            String sector = desk.sector().name();
            String review = labels.format("market.review", dates.range(m.from(), m.to()), m.classification(), sector,
                    Numbers.move(m.sectorChange()), String.valueOf(m.industryCount()), String.valueOf(m.rank()));
            ChartFigure industries = m.industries().isEmpty() ? null : chart(
                    labels.format("chart.industries.caption", m.classification()),
                    new Chart.Ranking(m.industries().stream()
                            .sorted(Comparator.comparing(MarketReview.IndustryMove::change).reversed())
                            .map(i -> new Chart.Ranking.Bar(i.name(), i.change(),
                                    i.is(sector) ? Chart.Tone.HIGHLIGHT : Chart.Tone.PLAIN))
                            .toList()),
                    m.sources());
            String movers = labels.format("market.movers",
                    names(m.gainers()), m.universe(), String.valueOf(m.gainers().size()), moves(m.gainers()),
                    String.valueOf(m.losers().size()), names(m.losers()), moves(m.losers()));
            ChartFigure moversChart = chart(
                    labels.format("chart.movers.caption", m.universe(), String.valueOf(m.gainers().size()),
                            String.valueOf(m.losers().size())),
                    new Chart.Ranking(Stream.concat(m.gainers().stream(), m.losers().stream())
                            .map(s -> new Chart.Ranking.Bar(s.name(), s.change(),
                                    s.change().signum() < 0 ? Chart.Tone.FALL : Chart.Tone.RISE))
                            .toList()),
                    m.sources());
            int rows = Math.max(m.gainers().size(), m.losers().size());
            List<List<String>> cells = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                List<String> row = new ArrayList<>();
                row.add(String.valueOf(i + 1));
                row.addAll(moverCells(m.gainers(), i));
                row.addAll(moverCells(m.losers(), i));
                cells.add(row);
            }
            List<Column> columns = List.of(
                    new Column(labels.get("market.rank"), true, 0.8f),
                    new Column(labels.get("market.gainer"), false, 2.4f),
                    new Column(labels.get("market.change"), true, 1.4f),
                    new Column(labels.get("market.loser"), false, 2.4f),
                    new Column(labels.get("market.change"), true, 1.4f));
            TableFigure table = figure(labels.format("market.caption", sector), columns, cells, m.sources());
            return new Report.MarketSection(heading, review, industries, movers, moversChart, table);
        }

        private List<String> moverCells(List<MarketReview.StockMove> moves, int i) {
            if (i >= moves.size()) {
                return List.of("", "");
            }
            MarketReview.StockMove move = moves.get(i);
            return List.of(labels.format("market.stock", move.name(), move.code()), Numbers.move(move.change()));
        }

        private String names(List<MarketReview.StockMove> moves) {
            return moves.stream().map(MarketReview.StockMove::name).collect(Collectors.joining(labels.get("list.separator")));
        }

        private String moves(List<MarketReview.StockMove> moves) {
            return moves.stream().map(s -> Numbers.move(s.change())).collect(Collectors.joining(labels.get("list.separator")));
        }

        private Report.NewsSection news(News news) {
            Heading heading = chapter("news");
            int chapter = chapterCount;
            List<Report.NewsGroup> groups = new ArrayList<>();
            Map<String, List<News.Item>> parts = new LinkedHashMap<>();
            parts.put("section.newsIndustry", news.industry());
            parts.put("section.newsCompany", news.company());
            parts.put("section.newsBigTech", news.bigTech());
            parts.forEach((key, items) -> {
                int index = groups.size() + 1;
                Heading sub = Heading.subsection("news-" + chapter + "-" + index, chapter, index, labels.get(key));
                groups.add(new Report.NewsGroup(sub, byCompany(items)));
            });
            return new Report.NewsSection(heading, groups);
        }

        /** Items grouped under their company in the order companies first appear. */
        private List<CompanyNews> byCompany(List<News.Item> items) {
            Map<String, List<Report.NewsLine>> grouped = new LinkedHashMap<>();
            for (News.Item item : items) {
                String company = item.company() == null ? "" : item.company().strip();
                grouped.computeIfAbsent(company, c -> new ArrayList<>()).add(new Report.NewsLine(
                        dates.monthDay(item.date()), prose(item.text()), labels.format("news.source", item.source())));
            }
            return grouped.entrySet().stream().map(e -> new CompanyNews(e.getKey(), e.getValue())).toList();
        }

        private List<Report.RiskView> riskViews() {
            List<Report.RiskView> risks = new ArrayList<>();
            for (String id : meta.risks()) {
                Desk.Risk risk = desk.risk(id).orElseThrow();
                risks.add(new Report.RiskView(String.valueOf(risks.size() + 1), risk.title(), CjkText.tidy(risk.text())));
            }
            return risks;
        }

        private Report.RatingSection ratings() {
            List<Report.ScaleView> scales = new ArrayList<>();
            Desk.RatingScale company = desk.companyRatingScale();
            scales.add(scale(company == null ? null : labels.get("ratings.sector"), desk.ratingScale(), "ratings.basis"));
            if (company != null) {
                scales.add(scale(labels.get("ratings.company"), company, "ratings.companyBasis"));
            }
            String title = labels.get(company == null ? "section.ratings" : "section.ratingsSectorAndCompanies");
            return new Report.RatingSection(Heading.unnumbered("ratings", 1, title), scales);
        }

        private Report.ScaleView scale(String title, Desk.RatingScale scale, String basisKey) {
            return new Report.ScaleView(title, labels.format(basisKey, scale.horizon(), scale.benchmark()),
                    scale.ratings().stream().map(r -> new Report.RatingView(r.name(), r.definition())).toList());
        }

        /** The covered companies' ratings as a table, in a chapter of their own; null without any. */
        private Report.CompanySection companies(List<WeekMeta.CompanyRating> ratings) {
            if (ratings.isEmpty()) {
                return null;
            }
            Heading heading = chapter("companies");
            List<Column> columns = List.of(
                    new Column(labels.get("companies.code"), false, 1.4f),
                    new Column(labels.get("companies.name"), false, 2f),
                    new Column(labels.get("companies.rating"), false, 1.2f),
                    new Column(labels.get("companies.action"), false, 1.2f));
            List<List<String>> rows = ratings.stream()
                    .map(c -> List.of(c.code(), c.name(), c.rating(), c.action())).toList();
            // The ratings are the research institute's own, which every source line names.
            TableFigure table = figure(labels.format("companies.caption", desk.sector().name()), columns, rows, List.of());
            return new Report.CompanySection(heading, table);
        }

        private Report.DisclaimerSection disclaimer() {
            List<Report.OfficeView> offices = desk.offices().stream().map(o -> new Report.OfficeView(o.city(), List.of(
                    labels.format("office.phone", o.phone()),
                    labels.format("office.email", o.email()),
                    labels.format("office.postcode", o.postcode()),
                    labels.format("office.address", o.address())))).toList();
            String published = dates.full(meta.reportDate()) + " " + meta.publicationTime().format(TIME);
            return new Report.DisclaimerSection(
                    Heading.unnumbered("disclaimer", 1, labels.get("section.disclaimer")),
                    desk.licenceStatement(), CjkText.tidy(desk.informationSources()), desk.disclaimer(),
                    labels.format("disclaimer.published", published), labels.get("section.contacts"), offices);
        }

        private Heading chapter(String key) {
            chapterCount++;
            return Heading.chapter("chapter-" + chapterCount, chapterCount, labels.get("section." + key), labels);
        }

        private TableFigure figure(String caption, List<Column> columns, List<List<String>> rows, List<String> sources) {
            figureCount++;
            String label = figureLabel();
            return new TableFigure(figureAnchor(), label, caption, labels.format("figure.title", label, caption), columns, rows,
                    sourceLine(sources));
        }

        private ChartFigure chart(String caption, Chart chart, List<String> sources) {
            figureCount++;
            String file = fileStem() + "-" + figureAnchor() + ".svg";
            String label = figureLabel();
            return new ChartFigure(figureAnchor(), label, caption, labels.format("figure.title", label, caption),
                    sourceLine(sources), file, chart);
        }

        private String figureAnchor() {
            return "figure-" + figureCount;
        }

        private String figureLabel() {
            return labels.format("figure.label", String.valueOf(figureCount));
        }

        /** The figure's sources and, last, the desk's research institute, each once. */
        private String sourceLine(List<String> sources) {
            String line = Stream.concat(sources.stream(), Stream.of(desk.researchInstitute()))
                    .collect(Collectors.toCollection(LinkedHashSet::new)).stream()
                    .collect(Collectors.joining(labels.get("source.separator")));
            return labels.format("figure.source", line);
        }

        private RichText prose(String text) {
            return InlineMarkdown.parse(kpiProse.expand(CjkText.tidy(text)));
        }
    }
}
