package com.sectorweekly.model;

import java.util.List;
import java.util.stream.Stream;

/**
 * The shape of a report, as data: which parts page 1 summarises, which built-in blocks its panel
 * of key figures holds beside them (市场表现; none for no panel), and which chapters follow, in which
 * order, each holding built-in blocks filled from the week's files, or sections of its own. The
 * weekly's outline is built in; a desk that keeps {@code outlines/weekly.yaml} beside desk.yaml
 * prints its reports in that shape instead.
 */
public record Outline(@Required List<Part> summary, @OneOf(Choice.BLOCK) List<String> panel, @Required List<Part> chapters,
                      @OneOf(Choice.NUMBERING) List<String> numbering) {

    /** The built-in blocks a part may hold, by the name an outline gives them. */
    public static final List<String> BLOCKS = Stream.of(
            List.of("views", "segment_summaries", "core_data_summary", "investment_advice", "risk_titles",
                    "segment_views", "sentiment_table", "kpi_groups",
                    "market_review", "industry_ranking", "movers_review", "movers_chart", "movers_table",
                    "performance_chart", "segment_moves", "sector_rank"),
            News.BLOCKS,
            List.of("company_ratings", "summary_text", "risks", "rating_definitions", "analyst_certification",
                    "disclaimer", "contacts")).flatMap(List::stream).toList();

    /** How a part is set: {@code compliance} in the small type of the desk's legal text. */
    public static final List<String> STYLES = List.of("compliance");

    /**
     * How headings are numbered, level by level (the last style serving every deeper level):
     * {@code chapter} 一、 (1. in English), {@code dotted} 1. then 2.1 and 2.1.1, {@code paren} （一）.
     */
    public static final List<String> NUMBERINGS = List.of("chapter", "dotted", "paren");

    public Outline {
        summary = List.copyOf(summary);
        panel = panel == null ? List.of() : List.copyOf(panel);
        chapters = List.copyOf(chapters);
        numbering = numbering == null || numbering.isEmpty() ? List.of("chapter", "dotted") : List.copyOf(numbering);
    }

    /** Whether page 1's panel or any part, on page 1 or in the body, holds the built-in block of that name. */
    public boolean holds(String block) {
        return panel.contains(block) || holds(summary, block) || holds(chapters, block);
    }

    private static boolean holds(List<Part> parts, String block) {
        return parts.stream().anyMatch(p -> p.holds().contains(block) || holds(p.sections(), block));
    }

    /** The numbering style of headings of a level (1 for chapters). */
    public String numberingOf(int level) {
        return numbering.get(Math.min(level, numbering.size()) - 1);
    }

    /**
     * One part of the outline: its heading ({@code label}, a heading from the report's wording in the
     * desk's language, or {@code title}, the words as printed), its {@code id} (the anchor links
     * use), whether it is numbered (chapters are unless it says false), how it is set, the built-in
     * blocks it holds, in order, and its sections, which follow them. A part that says
     * {@code own_chapters: true} and nothing else stands for the report's own chapters
     * (chapters.yaml), which are printed there, if it has any.
     */
    public record Part(String id, String label, String title, Boolean numbered, @OneOf(Choice.PART_STYLE) String style,
                       @OneOf(Choice.BLOCK) List<String> holds, List<Part> sections, Boolean ownChapters) {
        public Part {
            holds = holds == null ? List.of() : List.copyOf(holds);
            sections = sections == null ? List.of() : List.copyOf(sections);
        }

        public boolean isNumbered() {
            return numbered == null || numbered;
        }

        public boolean standsForOwnChapters() {
            return ownChapters != null && ownChapters;
        }
    }
}
