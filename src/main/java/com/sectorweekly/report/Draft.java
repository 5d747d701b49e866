package com.sectorweekly.report;

import com.sectorweekly.document.Block;
import com.sectorweekly.document.Figures;
import com.sectorweekly.document.Graphic;

import java.util.ArrayList;
import java.util.List;

/**
 * A section while the report is assembled: its title and what it holds are known, its number and
 * whether it is printed at all only once the whole tree is (an empty section is left out, and the
 * numbers of the others close up).
 *
 * @param id       the anchor of a listed section, or null for one numbered by its place
 * @param listed   whether the heading appears in the contents and bookmarks; a minor heading does not
 */
record Draft(String id, String title, boolean numbered, boolean listed, String role, List<Object> contents) {

    static Draft listed(String id, String title, boolean numbered, String role) {
        return new Draft(id, title, numbered, true, role, new ArrayList<>());
    }

    /** A heading printed over its blocks but not listed or numbered: a company's name over its news. */
    static Draft minor(String title) {
        return new Draft(null, title, false, false, null, new ArrayList<>());
    }

    /** Adds blocks and sections in reading order; charts that follow charts join their grid. */
    Draft add(List<?> items) {
        for (Object item : items) {
            if (item instanceof Figures more && !contents.isEmpty() && contents.get(contents.size() - 1) instanceof Figures last) {
                List<Graphic> joined = new ArrayList<>(last.figures());
                joined.addAll(more.figures());
                contents.set(contents.size() - 1, new Figures(joined, last.oneColumn()));
            } else if (item instanceof Block || item instanceof Draft) {
                contents.add(item);
            } else {
                throw new IllegalArgumentException("not a block or a section: " + item);
            }
        }
        return this;
    }

    /** Whether nothing would be printed under the heading: no block, and no section that prints. */
    boolean isEmpty() {
        return contents.stream().allMatch(c -> c instanceof Draft d && d.isEmpty());
    }
}
