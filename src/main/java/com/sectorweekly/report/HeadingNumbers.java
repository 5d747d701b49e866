package com.sectorweekly.report;

import com.sectorweekly.document.Block;
import com.sectorweekly.document.Heading;
import com.sectorweekly.document.Section;
import com.sectorweekly.format.Labels;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the drafts of a report's body into its sections: leaves out those with nothing to print,
 * numbers the rest as the report's language does (一、 then 2.1 then 2.1.1), and gives each listed
 * heading its anchor.
 */
final class HeadingNumbers {

    private final Labels labels;

    HeadingNumbers(Labels labels) {
        this.labels = labels;
    }

    /** The sections of a report's top level: its chapters, or page 1's parts. */
    List<Section> sections(List<Draft> drafts) {
        List<Section> chapters = new ArrayList<>();
        for (Block block : children(new ArrayList<>(drafts), 1, "", "section")) {
            chapters.add((Section) block);
        }
        return chapters;
    }

    /**
     * A section's contents as blocks, its sections numbered in one count among them and those with
     * nothing to print left out.
     *
     * @param path   the parent's number ("2" under 二、), empty for chapters or under an unnumbered parent
     * @param anchor the parent's anchor, which sections without an id of their own extend
     */
    private List<Block> children(List<Object> contents, int level, String path, String anchor) {
        List<Block> blocks = new ArrayList<>();
        int count = 0;
        int position = 0;
        for (Object content : contents) {
            if (!(content instanceof Draft draft)) {
                blocks.add((Block) content);
                continue;
            }
            if (draft.isEmpty()) {
                continue;
            }
            position++;
            String number = "";
            if (draft.numbered() && (level == 1 || !path.isEmpty())) {
                count++;
                number = level == 1 ? String.valueOf(count) : path + "." + count;
            }
            String id = !draft.listed() ? null : draft.id() != null ? draft.id() : anchor + "-" + position;
            Heading heading = new Heading(id, level, printed(number, level), draft.title(), text(number, level, draft.title()));
            blocks.add(new Section(heading, draft.role(),
                    children(draft.contents(), level + 1, number, id == null ? anchor : id)));
        }
        return blocks;
    }

    /** A chapter's number as printed: 一 in Chinese, 1 in English; deeper numbers as 2.1. */
    private String printed(String number, int level) {
        if (number.isEmpty() || level > 1) {
            return number;
        }
        int n = Integer.parseInt(number);
        return "chinese".equals(labels.get("heading.numerals")) ? ChineseNumerals.of(n) : number;
    }

    private String text(String number, int level, String title) {
        if (number.isEmpty()) {
            return title;
        }
        return level == 1 ? labels.format("heading.chapter", printed(number, level), title) : number + " " + title;
    }
}
