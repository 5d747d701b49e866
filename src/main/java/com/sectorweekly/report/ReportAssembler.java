package com.sectorweekly.report;

import com.sectorweekly.document.Document;
import com.sectorweekly.document.Figures;
import com.sectorweekly.document.Section;
import com.sectorweekly.document.TextPass;
import com.sectorweekly.format.CjkText;
import com.sectorweekly.format.Dates;
import com.sectorweekly.format.Labels;
import com.sectorweekly.format.Typography;
import com.sectorweekly.model.Desk;
import com.sectorweekly.model.Outline;
import com.sectorweekly.model.Segment;
import com.sectorweekly.model.Week;
import com.sectorweekly.model.WeekMeta;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Reads a desk and its week into one {@link Document}, in the shape the outline gives: page 1's
 * summary parts and the chapters, in order, each filled with the built-in blocks it names. Numbers
 * chapters and figures in reading order, formats every figure, and takes the fixed wording from the
 * labels of the desk's language, then sets every text by the desk's typography.
 */
public final class ReportAssembler {

    private final Map<Locale, Labels> bundles = new ConcurrentHashMap<>();

    /** @param kind the kind of report the week is, which names its title and period */
    public Document assemble(Desk desk, Desk.ReportKind kind, Outline outline, Week week) {
        Labels labels = bundles.computeIfAbsent(Locale.forLanguageTag(desk.language()), Labels::forLocale);
        Document document = new Assembly(desk, kind, outline, week, labels).document();
        return typeset(document, desk);
    }

    /** The desk's one rule for Chinese beside Latin, over every text of the report, typed or built. */
    private static Document typeset(Document document, Desk desk) {
        Typography typography = new Typography(desk.style().latinSpacing(), desk.language().startsWith("zh"));
        return TextPass.apply(document, text -> typography.edits(text).stream()
                .map(edit -> new TextPass.Edit(edit.start(), edit.end(), edit.text())).toList());
    }

    /** The state of one assembly: the figure count runs through the report in reading order. */
    private static final class Assembly {

        private final Desk desk;
        private final Desk.ReportKind kind;
        /** The kind's title as printed: 行业周报, 专题报告 … */
        private final String kindTitle;
        private final Outline outline;
        private final Week week;
        private final WeekMeta meta;
        private final Labels labels;
        private final Dates dates;
        private final String fileStem;
        private final WeeklyBlocks blocks;
        /** Page 1's panel: the same blocks, its figures titled by their captions and left out of the numbering. */
        private final WeeklyBlocks panelBlocks;
        private final ChapterBlocks ownChapters;
        private final ProseReader prose;

        Assembly(Desk desk, Desk.ReportKind kind, Outline outline, Week week, Labels labels) {
            this.desk = desk;
            this.kind = kind;
            this.kindTitle = kind.title() != null ? kind.title() : labels.get("report.type");
            this.outline = outline;
            this.week = week;
            this.meta = week.meta();
            this.labels = labels;
            this.dates = new Dates(labels.locale());
            this.fileStem = desk.sector().slug() + "-" + kind.name() + "-" + week.period().name();
            FigureNumbering figures = new FigureNumbering(labels, desk.researchInstitute(), fileStem, desk.numbersTablesApart());
            this.prose = new ProseReader(new KpiProse(week.coreData().kpisById(), labels));
            this.blocks = new WeeklyBlocks(desk, week, labels, figures);
            this.panelBlocks = new WeeklyBlocks(desk, week, labels, figures.unnumbered("panel-figure"));
            this.ownChapters = new ChapterBlocks(week, labels, prose, figures);
        }

        Document document() {
            // Page 1 is read first, the chapters after it: figures are numbered in that order.
            HeadingNumbers numbers = new HeadingNumbers(labels, outline);
            List<Section> summary = numbers.sections(drafts(outline.summary(), false));
            List<Section> panel = numbers.sections(List.of(panel()));
            List<Section> chapters = numbers.sections(drafts(outline.chapters(), true));
            return new Document(
                    fileStem,
                    week.period().name(),
                    info(),
                    masthead(),
                    new Document.Cover(
                            meta.rated() ? labels.format("cover.rating", meta.rating(), meta.ratingAction()) : null,
                            meta.analysts().stream().map(id -> desk.analyst(id).orElseThrow())
                                    .map(a -> new Document.AnalystLine(a.name(), labels.format("cover.licence", a.licence()),
                                            labels.format("office.email", a.email())))
                                    .toList(),
                            meta.assistants().isEmpty() ? null : labels.format("cover.assistants",
                                    String.join(labels.get("list.separator"), meta.assistants())),
                            prose.of(meta.headline()).text(),
                            summary,
                            panel.isEmpty() ? null : panel.get(0)),
                    chapters,
                    new Document.Colors(desk.style().primaryColor(), desk.style().accentColor(),
                            desk.style().riseColor(), desk.style().fallColor()),
                    distribution(),
                    labels.asMap());
        }

        /**
         * The parts of the outline with what they hold, the report's own chapters where it says so;
         * page 1's parts are headed but neither listed nor numbered.
         */
        private List<Draft> drafts(List<Outline.Part> parts, boolean body) {
            List<Draft> drafts = new ArrayList<>();
            for (Outline.Part part : parts) {
                if (part.standsForOwnChapters()) {
                    drafts.addAll(ownChapters.chapters(week.chapters().chapters(), body));
                    continue;
                }
                String title = part.title() != null ? CjkText.tidy(part.title())
                        : labels.format(part.label(), desk.sector().name(), desk.companyRatingScale() == null ? 0 : 1);
                Draft draft = body ? Draft.listed(part.id(), title, part.isNumbered(), part.style()) : Draft.minor(title);
                for (String name : part.holds()) {
                    draft.add(blocks.make(name));
                }
                draft.add(drafts(part.sections(), body));
                drafts.add(draft);
            }
            return drafts;
        }

        /** Page 1's panel of key figures under its heading; left out, as an empty part is, when it holds nothing this week. */
        private Draft panel() {
            Draft panel = Draft.minor(labels.get("cover.panel"));
            for (String name : outline.panel()) {
                panel.add(panelBlocks.make(name).stream().map(b -> b instanceof Figures grid ? grid.inOneColumn() : b).toList());
            }
            return panel;
        }

        private Document.Info info() {
            String sector = desk.sector().name();
            String title = labels.format("report.title", sector, week.period().name(), CjkText.tidy(meta.headline()), kindTitle);
            String authors = meta.analysts().stream().map(id -> desk.analyst(id).orElseThrow().name())
                    .collect(Collectors.joining(labels.get("list.separator")));
            return new Document.Info(
                    title,
                    authors,
                    labels.format("report.sectorResearch", sector) + " · " + kindTitle,
                    labels.format("report.keywords", sector, desk.shortName(), String.join(",",
                            week.segments().stream().map(Segment::name).toList()), kindTitle),
                    labels.locale().toLanguageTag(),
                    desk.researchInstitute(),
                    meta.reportDate(),
                    ZoneId.of(desk.timeZone()));
        }

        private Document.Masthead masthead() {
            String sector = desk.sector().name();
            return new Document.Masthead(desk.house(),
                    labels.format("report.sectorResearch", sector),
                    kindTitle,
                    desk.documentType(),
                    desk.team(),
                    dates.full(meta.reportDate()),
                    labels.format("report.runningHeader", desk.shortName(), sector, kindTitle),
                    desk.documentType() + " · " + dates.full(meta.reportDate()));
        }

        /** The abstract is the headline and the views or summary as printed: placeholders filled, emphasis dropped. */
        private Document.Distribution distribution() {
            List<Document.Author> authors = meta.analysts().stream().map(id -> desk.analyst(id).orElseThrow())
                    .map(a -> new Document.Author(a.id(), a.name(), a.licence().strip(), a.email())).toList();
            List<String> summary = new ArrayList<>();
            summary.add(prose.of(meta.headline()).text());
            meta.views().forEach(view -> summary.add(prose.of(view).text()));
            meta.summary().forEach(paragraph -> summary.add(prose.of(paragraph).text()));
            return new Document.Distribution(desk.house(), desk.shortName(), desk.sector().name(), desk.sector().slug(),
                    labels.format("report.series", desk.sector().name(), kindTitle), kindTitle, kind.period(), meta.rating(),
                    meta.ratingAction(), authors,
                    meta.companyRatings().stream()
                            .map(c -> new Document.CoveredCompany(c.code(), c.name(), c.rating(), c.action())).toList(),
                    LocalDateTime.of(meta.reportDate(), meta.publicationTime())
                            .atZone(ZoneId.of(desk.timeZone())).toOffsetDateTime(),
                    String.join("\n", summary));
        }
    }
}
