package com.sectorweekly.report;

import com.sectorweekly.document.Block;
import com.sectorweekly.document.Heading;
import com.sectorweekly.document.Section;
import com.sectorweekly.format.Labels;
import com.sectorweekly.model.Outline;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the drafts of a report's body into its sections: leaves out those with nothing to print,
 * numbers the rest in the styles its outline gives, level by level, as the report's language writes
 * them (一、 then 2.1 then 2.1.1 by default; 一、 then （一） then 2.2.1), and gives each listed
 * heading its anchor.
 */
final class HeadingNumbers {

    private final Labels labels;

    private final Outline outline;

    /** @param outline whose numbering styles the headings take, level by level */
    HeadingNumbers(Labels labels, Outline outline) {
        this.labels = labels;
        this.outline = outline;
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
            String numberPath = "";
            Heading heading;
            String id = !draft.listed() ? null : draft.id() != null ? draft.id() : anchor + "-" + position;
            if (draft.numbered() && (level == 1 || !path.isEmpty())) {
                count++;
                numberPath = path.isEmpty() ? String.valueOf(count) : path + "." + count;
                heading = numbered(id, level, count, numberPath, draft.title());
            } else {
                heading = new Heading(id, level, "", draft.title(), draft.title());
            }
            blocks.add(new Section(heading, draft.role(),
                    children(draft.contents(), level + 1, numberPath, id == null ? anchor : id)));
        }
        return blocks;
    }

    /**
     * A heading numbered in its level's style: {@code chapter} 一、 (1. in English), {@code dotted}
     * 1. then 2.1 and 2.1.1 (the numbers of every level above), {@code paren} （一）.
     */
    private Heading numbered(String id, int level, int count, String numberPath, String title) {
        return switch (outline.numberingOf(level)) {
            case "paren" -> new Heading(id, level, numeral(count), title, labels.format("heading.paren", numeral(count), title));
            case "dotted" -> new Heading(id, level, numberPath, title,
                    numberPath + (level == 1 ? labels.get("heading.dottedChapter") : "") + " " + title);
            default -> new Heading(id, level, numeral(count), title, labels.format("heading.chapter", numeral(count), title));
        };
    }

    /** 一 in Chinese, 1 in English. */
    private String numeral(int n) {
        return "chinese".equals(labels.get("heading.numerals")) ? ChineseNumerals.of(n) : String.valueOf(n);
    }
}
