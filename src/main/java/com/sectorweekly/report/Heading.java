package com.sectorweekly.report;

/**
 * A heading with its computed number ({@code 一}, {@code 4.1}, or none) and an anchor shared by HTML
 * links and PDF bookmarks.
 */
public record Heading(String anchor, int level, String number, String title, String text) {

    static Heading unnumbered(String anchor, int level, String title) {
        return new Heading(anchor, level, "", title, title);
    }

    /** {@code 一、细分行业观点} in Chinese, {@code 1. Segments} in English: the labels say how. */
    static Heading chapter(String anchor, int index, String title, Labels labels) {
        String number = "chinese".equals(labels.get("heading.numerals")) ? ChineseNumerals.of(index) : String.valueOf(index);
        return new Heading(anchor, 1, number, title, labels.format("heading.chapter", number, title));
    }

    static Heading subsection(String anchor, int chapter, int index, String title) {
        String number = chapter + "." + index;
        return new Heading(anchor, 2, number, title, number + " " + title);
    }
}
