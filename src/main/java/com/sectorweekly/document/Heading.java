package com.sectorweekly.document;

/**
 * A section's heading: its level (1 for a chapter), its computed number ({@code 一}, {@code 4.1}, or
 * empty), its title, and the text as printed ({@code 一、细分行业观点}). A heading with an anchor is
 * listed in the contents and bookmarked; a minor heading (a company's name over its news) has none.
 */
public record Heading(@Verbatim String anchor, int level, String number, String title, String text) {

    /** Whether the heading is in the contents, the bookmarks and the HTML's links. */
    public boolean listed() {
        return anchor != null;
    }
}
