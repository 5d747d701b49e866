package com.sectorweekly.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.draw.LineSeparator;
import com.sectorweekly.document.Heading;
import com.sectorweekly.document.Section;

import java.awt.Color;

/**
 * A section: its heading, styled by level (a chapter's with a rule under it), kept with what
 * follows, and bookmarked where it is listed; then its blocks, in the section's setting.
 */
final class SectionWriter {

    private final PdfLayout layout;
    private final BlockWriter blocks;

    SectionWriter(PdfLayout layout, BlockWriter blocks) {
        this.layout = layout;
        this.blocks = blocks;
    }

    void write(Section section, Setting setting) {
        heading(section.heading(), blocks.keptWhole(section.blocks()));
        blocks.write(section.blocks(), setting.within(section.role(), layout.style));
    }

    /** The heading, on the page where what follows it starts: a few lines of text, or all of a block kept whole. */
    private void heading(Heading heading, float following) {
        int level = heading.level();
        Font font = level == 1 ? layout.font(layout.style.sizes().chapter(), true, layout.primary)
                : level == 2 ? layout.font(layout.style.sizes().section(), true, layout.primary)
                : layout.font(layout.style.sizes().body(), true, layout.style.text());
        Chunk text = PdfText.chunk(heading.text(), font);
        if (heading.listed()) {
            layout.bookmarks.mark(text, heading);
        }
        float own = level == 1 ? 50 : level == 2 ? 35 : 25;
        float lines = level == 1 ? 60 : level == 2 ? 45 : 35;
        layout.keepWithNext(own + Math.max(lines, following));
        Paragraph p = PdfText.paragraph(font);
        p.setSpacingBefore(level == 1 ? 16 : level == 2 ? 10 : 8);
        p.setSpacingAfter(level <= 2 ? 3 : 0);
        if (level > 2) {
            p.setLeading(0, 1.35f); // a run-in heading over a paragraph, as tight as a line of text
        }
        p.add(text);
        if (level == 1) {
            p.add(titleRule(font, layout.primary));
            p.setSpacingAfter(10);
        }
        layout.add(p);
    }

    /** The rule under a chapter title, drawn through the title's line just below its baseline. */
    static Chunk titleRule(Font font, Color color) {
        Chunk rule = new Chunk(new LineSeparator(1.2f, 100, color, Element.ALIGN_LEFT, -6));
        rule.setFont(font); // else OpenPDF writes the separator in Helvetica, which is not embedded
        return rule;
    }
}
