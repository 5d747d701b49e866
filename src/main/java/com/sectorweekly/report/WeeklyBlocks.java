package com.sectorweekly.report;

import com.sectorweekly.document.Block;
import com.sectorweekly.document.Chart;
import com.sectorweekly.document.ChartFigure;
import com.sectorweekly.document.Contacts;
import com.sectorweekly.document.DefinitionList;
import com.sectorweekly.document.Figures;
import com.sectorweekly.document.Graphic;
import com.sectorweekly.document.ItemList;
import com.sectorweekly.document.Paragraph;
import com.sectorweekly.document.RichText;
import com.sectorweekly.document.TableFigure;
import com.sectorweekly.document.TableFigure.Column;
import com.sectorweekly.format.CjkText;
import com.sectorweekly.format.Dates;
import com.sectorweekly.format.Labels;
import com.sectorweekly.format.Numbers;
import com.sectorweekly.model.CoreData;
import com.sectorweekly.model.Desk;
import com.sectorweekly.model.IndexCloses;
import com.sectorweekly.model.KpiHistory;
import com.sectorweekly.model.MarketReview;
import com.sectorweekly.model.News;
import com.sectorweekly.model.Segment;
import com.sectorweekly.model.Week;
import com.sectorweekly.model.WeekMeta;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The built-in blocks an outline names, made from the week's files: each name gives the blocks (and
 * the sections, such as one per KPI group) that the part holding it prints. Every number is
 * formatted and every set phrase worded here, once, for all formats.
 */
final class WeeklyBlocks {

    /** Publication times are printed on the 24-hour clock: 07:30. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final Desk desk;
    private final Week week;
    private final WeekMeta meta;
    private final Labels labels;
    private final Dates dates;
    private final ProseReader prose;
    private final KpiProse kpiProse;
    private final Map<String, CoreData.Kpi> kpis;
    private final FigureNumbering figures;

    WeeklyBlocks(Desk desk, Week week, Labels labels, FigureNumbering figures) {
        this.desk = desk;
        this.week = week;
        this.meta = week.meta();
        this.labels = labels;
        this.dates = new Dates(labels.locale());
        this.kpis = week.coreData().kpisById();
        this.kpiProse = new KpiProse(kpis, labels);
        this.prose = new ProseReader(kpiProse);
        this.figures = figures;
    }

    /** The blocks and sections of one built-in block, in reading order. */
    List<Object> make(String name) {
        return switch (name) {
            case "views" -> List.of(views());
            case "segment_summaries" -> segmentSummaries();
            case "core_data_summary" -> paragraphs(week.coreData().summary());
            case "investment_advice" -> paragraphs(meta.investmentAdvice());
            case "risk_titles" -> List.of(Paragraph.of(RichText.plain(riskTitles())));
            case "summary_text" -> List.copyOf(meta.summary().stream().flatMap(p -> prose.paragraphs(p).stream())
                    .map(Paragraph::of).toList());
            case "segment_views" -> segmentViews();
            case "sentiment_table" -> List.of(sentimentTable());
            case "kpi_groups" -> kpiGroups();
            case "market_review" -> List.of(Paragraph.of(RichText.plain(marketReview())));
            case "industry_ranking" -> industryRanking();
            case "movers_review" -> List.of(Paragraph.of(RichText.plain(moversReview())));
            case "movers_chart" -> List.of(new Figures(List.of(moversChart())));
            case "movers_table" -> List.of(moversTable());
            case "performance_chart" -> performanceChart();
            case "segment_moves" -> segmentMoves();
            case "sector_rank" -> sectorRank();
            case "company_ratings" -> companyRatings();
            case "risks" -> risks();
            case "rating_definitions" -> ratingDefinitions();
            case "analyst_certification" -> List.of(Paragraph.of(RichText.plain(CjkText.tidy(desk.analystCertification()))));
            case "disclaimer" -> disclaimer();
            case "contacts" -> List.of(Draft.minor(labels.get("section.contacts")).add(List.of(contacts())));
            default -> {
                if (!News.BLOCKS.contains(name)) {
                    throw new IllegalArgumentException("unchecked built-in block '" + name + "'");
                }
                yield news(week.news().listOf(name));
            }
        };
    }

    // ---- page 1 ---------------------------------------------------------------------------

    private ItemList views() {
        List<ItemList.Item> items = new ArrayList<>();
        for (String view : meta.views()) {
            items.add(new ItemList.Item(labels.format("list.marker", String.valueOf(items.size() + 1)),
                    List.of(Paragraph.of(prose.of(view)))));
        }
        return new ItemList(true, "views", items);
    }

    /** Page 1's risk line: the risks' titles, ended as a sentence is (a title typed with its own full stop keeps one). */
    private String riskTitles() {
        String titles = meta.risks().stream().map(r -> worded(r).title()).collect(Collectors.joining(labels.get("list.separator")));
        return labels.format("risks.line", titles.replaceFirst("[。．.]+$", ""));
    }

    /** A risk as the desk's library words it, or as the report does itself (its KPI placeholders filled). */
    private Desk.Risk worded(WeekMeta.Risk risk) {
        return risk.ownWords() ? new Desk.Risk(null, prose.text(risk.title()), prose.text(risk.text()))
                : desk.risk(risk.id()).orElseThrow();
    }

    // ---- segments -------------------------------------------------------------------------

    /** Text of several paragraphs, a paragraph each. */
    private List<Object> paragraphs(String text) {
        return List.copyOf(prose.paragraphs(text).stream().map(Paragraph::of).toList());
    }

    /**
     * 服务器：本周服务器指数-3.25%，本月以来服务器指数-8.49%。 (where the segment has an index and
     * its moves) and the text's first paragraph; its further paragraphs after it.
     */
    private List<Object> segmentLines(Segment s, String text) {
        String lead = labels.get("punct.colon") + (s.hasMoves() ? labels.format("segment.moves", s.index().name(),
                Numbers.move(s.weekChange()), Numbers.move(s.monthToDateChange())) : "");
        List<RichText> paragraphs = prose.paragraphs(text);
        List<Object> lines = new ArrayList<>();
        lines.add(Paragraph.of(new RichText(List.of(RichText.Run.bold(s.name()), RichText.Run.plain(lead)))
                .then(paragraphs.isEmpty() ? RichText.plain("") : paragraphs.get(0))));
        paragraphs.stream().skip(1).map(Paragraph::of).forEach(lines::add);
        return lines;
    }

    /** Page 1's segments: each its moves and its summary, or its commentary where it has none. */
    private List<Object> segmentSummaries() {
        List<Object> lines = new ArrayList<>();
        week.segments().forEach(s -> lines.addAll(segmentLines(s, s.summary() != null ? s.summary() : s.commentary())));
        return lines;
    }

    private List<Object> segmentViews() {
        List<Object> blocks = new ArrayList<>();
        for (Segment s : week.segments()) {
            blocks.addAll(segmentLines(s, s.commentary()));
            week.seriesOf(s).ifPresent(series -> blocks.add(new Figures(List.of(figures.chart(
                    labels.format("chart.trend.caption", s.index().name(), s.index().code()),
                    new Chart.Trend(s.index().name(), series.closes().stream()
                            .filter(c -> !c.date().isAfter(meta.reportDate()))
                            .map(c -> new Chart.Trend.Point(c.date(), c.close())).toList(),
                            week.period().start(), meta.reportDate()),
                    null, s.sources())))));
        }
        return blocks;
    }

    /** The 景气度 table: board, level, and the reason where the week gives reasons ("—" for a row without one). */
    private TableFigure sentimentTable() {
        boolean reasons = week.sentiment().hasReasons();
        List<Column> columns = new ArrayList<>(List.of(
                Column.text(labels.get("sentiment.board"), 1.2f),
                Column.text(labels.get("sentiment.level"), 1.5f)));
        if (reasons) {
            columns.add(Column.text(labels.get("sentiment.reason"), 6f));
        }
        List<List<String>> rows = week.sentiment().rows().stream()
                .map(r -> reasons ? List.of(r.board(), r.level(), r.reason() == null ? "—" : prose.text(r.reason()))
                        : List.of(r.board(), r.level()))
                .toList();
        return figures.table(labels.format("sentiment.caption", desk.sector().name()), columns, rows, null,
                week.sentiment().sources());
    }

    // ---- core data ------------------------------------------------------------------------

    /** One numbered section per KPI group: its prose, its charts and its table. */
    private List<Object> kpiGroups() {
        List<Object> groups = new ArrayList<>();
        for (CoreData.KpiGroup group : week.coreData().groups()) {
            Draft section = Draft.listed(null,
                    labels.format("coreData.groupTitle", group.title(), CjkText.tidy(group.headline())), true, null);
            section.add(group.paragraphs().stream().map(p -> Paragraph.of(prose.of(p))).toList());
            List<Graphic> charts = group.charts().stream().map(this::kpiChart).map(Graphic.class::cast).toList();
            if (!charts.isEmpty()) {
                section.add(List.of(new Figures(charts)));
            }
            section.add(List.of(kpiTable(group)));
            groups.add(section);
        }
        return groups;
    }

    private ChartFigure kpiChart(CoreData.KpiChart spec) {
        CoreData.Kpi kpi = kpis.get(spec.kpi());
        KpiHistory history = week.histories().get(spec.kpi());
        String caption = spec.caption() == null ? kpi.name() : prose.of(spec.caption()).text();
        Chart.History chart = new Chart.History(
                labels.format("chart.history.value", kpi.name(), kpi.unit()),
                history.hasYoy() ? labels.get("chart.history.yoy") : null,
                history.points().stream()
                        .map(p -> new Chart.History.Period(p.period(), p.value(), p.yoy())).toList(),
                false);
        return figures.chart(caption, chart, null, List.of(kpi.source()));
    }

    private TableFigure kpiTable(CoreData.KpiGroup group) {
        List<Column> columns = List.of(
                Column.text(labels.get("kpi.name"), 3.2f),
                Column.number(labels.get("kpi.value"), 1.6f),
                Column.number(labels.get("kpi.change"), 1.4f),
                Column.text(labels.get("kpi.basis"), 1.2f),
                Column.text(labels.get("kpi.period"), 1.4f));
        List<List<String>> rows = group.kpis().stream().map(k -> List.of(
                k.name(),
                Numbers.value(k.value(), kpiProse.unit(k.unit())),
                k.change() == null ? "—" : Numbers.change(k.change(), kpiProse.unit(k.changeUnitOrPercent())),
                k.change() == null || k.changeBasis() == null ? "—" : k.changeBasis(),
                k.period())).toList();
        List<String> sources = group.kpis().stream().map(CoreData.Kpi::source).distinct().toList();
        return figures.table(labels.format("kpi.caption", group.title()), columns, rows, null, sources);
    }

    // ---- market ---------------------------------------------------------------------------

    private String marketReview() {
        MarketReview m = week.market();
        return labels.format("market.review", dates.range(m.from(), m.to()), m.classification(), desk.sector().name(),
                Numbers.move(m.sectorChange()), String.valueOf(m.industryCount()), String.valueOf(m.rank()));
    }

    /** Every industry's move, sorted, the desk's sector in the house colour; nothing when the week lists none. */
    private List<Object> industryRanking() {
        MarketReview m = week.market();
        if (m.industries().isEmpty()) {
            return List.of();
        }
        String sector = desk.sector().name();
        return List.of(new Figures(List.of(figures.chart(
                labels.format("chart.industries.caption", m.classification()),
                new Chart.Ranking(m.industries().stream()
                        .sorted(Comparator.comparing(MarketReview.IndustryMove::change).reversed())
                        .map(i -> new Chart.Ranking.Bar(i.name(), i.change(),
                                i.is(sector) ? Chart.Tone.HIGHLIGHT : Chart.Tone.PLAIN))
                        .toList(), true),
                null, m.sources()))));
    }

    /**
     * The sector index against its benchmarks over the 12 months to the report date, as cumulative
     * returns; nothing when the market review names no closes.
     */
    private List<Object> performanceChart() {
        if (week.market() == null || week.performanceCloses().isEmpty()) {
            return List.of();
        }
        IndexCloses closes = week.performanceCloses().orElseThrow();
        List<List<IndexCloses.Return>> returns = closes.returnsSince(meta.reportDate().minusYears(1));
        List<Chart.Lines.Series> series = new ArrayList<>();
        for (int i = 0; i < returns.size(); i++) {
            series.add(new Chart.Lines.Series(closes.names().get(i), returns.get(i).stream()
                    .filter(r -> !r.date().isAfter(meta.reportDate()))
                    .map(r -> new Chart.Trend.Point(r.date(), r.percent())).toList()));
        }
        String benchmarks = String.join(labels.get("list.separator"), closes.names().subList(1, closes.names().size()));
        return List.of(new Figures(List.of(figures.chart(labels.format("panel.performance", closes.names().get(0), benchmarks),
                new Chart.Lines("%", series, false), null, week.market().performance().sources()))));
    }

    /** Each segment index's moves of the week and the month to date; nothing when no segment has an index. */
    private List<Object> segmentMoves() {
        List<Segment> moved = week.segments().stream().filter(Segment::hasMoves).toList();
        if (moved.isEmpty()) {
            return List.of();
        }
        List<Column> columns = List.of(Column.text(labels.get("panel.index"), 2.2f),
                Column.number(labels.get("panel.week"), 1), Column.number(labels.get("panel.month"), 1.3f));
        List<List<String>> rows = moved.stream().map(s -> List.of(s.index().name(), Numbers.move(s.weekChange()),
                Numbers.move(s.monthToDateChange()))).toList();
        List<String> sources = moved.stream().flatMap(s -> s.sources().stream()).distinct().toList();
        return List.of(figures.table(labels.get("panel.moves"), columns, rows, null, sources));
    }

    /** The sector's move of the week and its rank among the industries; nothing for a report without a market review. */
    private List<Object> sectorRank() {
        MarketReview m = week.market();
        if (m == null) {
            return List.of();
        }
        return List.of(Paragraph.of(RichText.plain(labels.format("panel.rank", m.universe(), Numbers.move(m.sectorChange()),
                String.valueOf(m.industryCount()), m.classification(), String.valueOf(m.rank())))));
    }

    private String moversReview() {
        MarketReview m = week.market();
        return labels.format("market.movers",
                names(m.gainers()), m.universe(), String.valueOf(m.gainers().size()), moves(m.gainers()),
                String.valueOf(m.losers().size()), names(m.losers()), moves(m.losers()));
    }

    private ChartFigure moversChart() {
        MarketReview m = week.market();
        return figures.chart(
                labels.format("chart.movers.caption", m.universe(), String.valueOf(m.gainers().size()),
                        String.valueOf(m.losers().size())),
                new Chart.Ranking(Stream.concat(m.gainers().stream(), m.losers().stream())
                        .map(s -> new Chart.Ranking.Bar(s.name(), s.change(),
                                s.change().signum() < 0 ? Chart.Tone.FALL : Chart.Tone.RISE))
                        .toList(), true),
                null, m.sources());
    }

    private TableFigure moversTable() {
        MarketReview m = week.market();
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
                Column.number(labels.get("market.rank"), 0.8f),
                Column.text(labels.get("market.gainer"), 2.4f),
                Column.number(labels.get("market.change"), 1.4f),
                Column.text(labels.get("market.loser"), 2.4f),
                Column.number(labels.get("market.change"), 1.4f));
        return figures.table(labels.format("market.caption", desk.sector().name()), columns, cells, null, m.sources());
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

    // ---- news -----------------------------------------------------------------------------

    /**
     * Items grouped under their company, in the order companies first appear, each group under the
     * company's name; items of no company stand without a heading. An item's date leads its first
     * paragraph and its source ends its last, where it gives them.
     */
    private List<Object> news(List<News.Item> items) {
        Map<String, List<Paragraph>> grouped = new LinkedHashMap<>();
        for (News.Item item : items) {
            String company = item.company() == null ? "" : item.company().strip();
            List<RichText> paragraphs = prose.paragraphs(item.text());
            RichText line = item.date() == null ? RichText.plain("") : new RichText(List.of(
                    new RichText.Run(dates.monthDay(item.date()), false, "date"), RichText.Run.plain(" ")));
            for (int p = 0; p < paragraphs.size(); p++) {
                line = line.then(paragraphs.get(p));
                if (p == paragraphs.size() - 1 && item.source() != null) {
                    line = line.then(new RichText(List.of(RichText.Run.plain(" "),
                            new RichText.Run(labels.format("news.source", item.source()), false, "source"))));
                }
                grouped.computeIfAbsent(company, c -> new ArrayList<>()).add(new Paragraph(line, "news"));
                line = RichText.plain("");
            }
        }
        List<Object> blocks = new ArrayList<>();
        grouped.forEach((company, lines) -> {
            if (company.isEmpty()) {
                blocks.addAll(lines);
            } else {
                blocks.add(Draft.minor(company).add(lines));
            }
        });
        return blocks;
    }

    // ---- companies, risks and the desk's compliance text ----------------------------------

    /** The covered companies' ratings as a table; nothing when the week lists none. */
    private List<Object> companyRatings() {
        if (meta.companyRatings().isEmpty()) {
            return List.of();
        }
        List<Column> columns = List.of(
                Column.text(labels.get("companies.code"), 1.4f),
                Column.text(labels.get("companies.name"), 2f),
                Column.text(labels.get("companies.rating"), 1.2f),
                Column.text(labels.get("companies.action"), 1.2f));
        List<List<String>> rows = meta.companyRatings().stream()
                .map(c -> List.of(c.code(), c.name(), c.rating(), c.action())).toList();
        // The ratings are the research institute's own, which every source line names.
        return List.of(figures.table(labels.format("companies.caption", desk.sector().name()), columns, rows, null, List.of()));
    }

    /** 1、title：the desk's wording (or the report's own), for each risk the report lists. */
    private List<Object> risks() {
        List<Object> risks = new ArrayList<>();
        for (WeekMeta.Risk listed : meta.risks()) {
            Desk.Risk risk = worded(listed);
            String lead = (risks.size() + 1) + labels.get("punct.item") + risk.title();
            risks.add(new Paragraph(new RichText(List.of(RichText.Run.bold(lead),
                    RichText.Run.plain(labels.get("punct.colon") + CjkText.tidy(risk.text())))), "risk"));
        }
        return risks;
    }

    /** One scale, or the sector's and the companies' each under its own heading. */
    private List<Object> ratingDefinitions() {
        Desk.RatingScale company = desk.companyRatingScale();
        if (company == null) {
            return List.copyOf(scale(desk.ratingScale(), "ratings.basis"));
        }
        return List.of(
                Draft.minor(labels.get("ratings.sector")).add(scale(desk.ratingScale(), "ratings.basis")),
                Draft.minor(labels.get("ratings.company")).add(scale(company, "ratings.companyBasis")));
    }

    private List<Block> scale(Desk.RatingScale scale, String basisKey) {
        return List.of(
                Paragraph.of(RichText.plain(labels.format(basisKey, scale.horizon(), scale.benchmark()))),
                new DefinitionList("rating-definition", scale.ratings().stream()
                        .map(r -> new DefinitionList.Definition(r.name(), RichText.plain(r.definition()))).toList()));
    }

    /** The licence statement, the sources, the disclaimer's paragraphs, and when the report was published. */
    private List<Object> disclaimer() {
        List<Object> blocks = new ArrayList<>();
        blocks.add(Paragraph.of(RichText.plain(desk.licenceStatement())));
        blocks.add(Paragraph.of(RichText.plain(CjkText.tidy(desk.informationSources()))));
        desk.disclaimer().forEach(p -> blocks.add(Paragraph.of(RichText.plain(p))));
        String published = dates.full(meta.reportDate()) + " " + meta.publicationTime().format(TIME);
        blocks.add(new Paragraph(RichText.plain(labels.format("disclaimer.published", published)), "published"));
        return blocks;
    }

    private Contacts contacts() {
        return new Contacts(desk.offices().stream().map(o -> new Contacts.Office(o.city(), List.of(
                labels.format("office.phone", o.phone()),
                labels.format("office.email", o.email()),
                labels.format("office.postcode", o.postcode()),
                labels.format("office.address", o.address())))).toList());
    }
}
