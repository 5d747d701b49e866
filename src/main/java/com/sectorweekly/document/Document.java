package com.sectorweekly.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A whole report as one tree: its front matter, page 1 (masthead, rating, analysts, headline and
 * the summary's parts), and its chapters of blocks. Every format is a walk over this one tree,
 * which is what keeps their words identical; the contents, the list of figures and the bookmarks
 * are walks over it too.
 *
 * @param period   the period the report covers as its folder is named ({@code 2026-W13})
 * @param chapters the body, in reading order; empty sections were left out when it was assembled
 * @param labels   the report's fixed wording, for templates that print a set word
 */
public record Document(
        @Verbatim String fileStem,
        @Verbatim String period,
        Info info,
        Masthead masthead,
        Cover cover,
        List<Section> chapters,
        @Verbatim Colors colors,
        Distribution distribution,
        Map<String, String> labels) {

    public Document {
        chapters = List.copyOf(chapters);
        labels = Map.copyOf(labels);
    }

    /** Every listed heading of the body, depth first: the contents and the PDF's bookmarks. */
    public List<Heading> outline() {
        List<Heading> outline = new ArrayList<>();
        collectHeadings(chapters, outline);
        return List.copyOf(outline);
    }

    private static void collectHeadings(List<? extends Block> blocks, List<Heading> into) {
        for (Block block : blocks) {
            if (block instanceof Section section) {
                if (section.heading().listed()) {
                    into.add(section.heading());
                }
                collectHeadings(section.blocks(), into);
            }
        }
    }

    /** Every numbered figure, tables and charts, in reading order: the list of figures. */
    public List<Figure> figures() {
        List<Figure> figures = new ArrayList<>();
        cover.summary().forEach(part -> collectFigures(part.blocks(), figures));
        collectFigures(chapters, figures);
        return List.copyOf(figures);
    }

    private static void collectFigures(List<? extends Block> blocks, List<Figure> into) {
        for (Block block : blocks) {
            if (block instanceof Section section) {
                collectFigures(section.blocks(), into);
            } else if (block instanceof TableFigure table) {
                into.add(table);
            } else if (block instanceof Figures figures) {
                into.addAll(figures.figures());
            } else if (block instanceof ItemList list) {
                list.items().forEach(item -> collectFigures(item.blocks(), into));
            }
        }
    }

    /** The charts alone, in reading order: page 1's panel's, then those of the list of figures. */
    public List<ChartFigure> charts() {
        List<Figure> all = new ArrayList<>();
        if (cover.panel() != null) {
            collectFigures(cover.panel().blocks(), all);
        }
        all.addAll(figures());
        return all.stream().filter(ChartFigure.class::isInstance).map(ChartFigure.class::cast).toList();
    }

    /** The pictures alone, in reading order. */
    public List<PictureFigure> pictures() {
        return figures().stream().filter(PictureFigure.class::isInstance).map(PictureFigure.class::cast).toList();
    }

    /**
     * What a reader's program is told of the document: title, authors, subject, keywords, language,
     * creator, and the date it is dated by (at 00:00 in the desk's time zone), not the clock's.
     */
    public record Info(String title, String author, String subject, String keywords, @Verbatim String language,
                       String creator, LocalDate date, ZoneId timeZone) {
    }

    /** The masthead of page 1 and the running header of the others ({@code runningHeader} left, {@code runningHeaderRight} right). */
    public record Masthead(String house, String sectorTitle, String reportType, String badge,
                           String team, String date, String runningHeader, String runningHeaderRight) {
    }

    /**
     * Page 1 below the masthead: the rating (null for a report that carries none), the signing
     * analysts, the research assistants who do not sign (as printed, 研究助理：…; null for none),
     * the headline, the summary's parts, each a section whose heading is printed in the summary's
     * small style, and the panel of the week's key figures set beside them (市场表现: the sector
     * against its benchmark, the segment indices' moves, the sector's rank; null for none). The
     * panel's figures are titled by their captions alone and are not in the list of figures.
     */
    public record Cover(String rating, List<AnalystLine> analysts, String assistants, String headline,
                        List<Section> summary, Section panel) {
        public Cover {
            analysts = List.copyOf(analysts);
            summary = List.copyOf(summary);
        }
    }

    /** A signing analyst on page 1: the name, and the licence and e-mail each as printed with its label. */
    public record AnalystLine(String name, String licence, @Verbatim String email) {
    }

    /**
     * What distribution systems are told about the report (the RIXML file): the publisher, the
     * sector and its rating (null where a report carries none), the series, the desk's words for the kind (行业周报) and how often it comes
     * ({@code week}, {@code month}, or {@code date} for a report of no series), the signing analysts
     * with their registration numbers, when it was published, and a plain-text abstract.
     */
    public record Distribution(String house, String shortName, String sectorName, @Verbatim String sectorSlug, String series,
                               String kindTitle, @Verbatim String periodicity, String rating, String ratingAction, List<Author> authors,
                               List<CoveredCompany> companies, OffsetDateTime published, String abstractText) {
        public Distribution {
            authors = List.copyOf(authors);
            companies = List.copyOf(companies);
        }
    }

    /** A covered company's rating this week, as the week lists it. */
    public record CoveredCompany(@Verbatim String code, String name, String rating, String action) {
    }

    public record Author(@Verbatim String id, String name, String licence, @Verbatim String email) {
    }

    /** House colours as {@code #RRGGBB}; charts draw rises and falls in {@code rise} and {@code fall}. */
    public record Colors(String primary, String accent, String rise, String fall) {
    }
}
