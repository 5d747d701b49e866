package com.sectorweekly.render.pdf;

import com.sectorweekly.document.Block;
import com.sectorweekly.document.ChartFigure;
import com.sectorweekly.document.Contacts;
import com.sectorweekly.document.DefinitionList;
import com.sectorweekly.document.Figures;
import com.sectorweekly.document.Graphic;
import com.sectorweekly.document.ItemList;
import com.sectorweekly.document.Paragraph;
import com.sectorweekly.document.Section;
import com.sectorweekly.document.TableFigure;

import java.util.List;

/** Lays out any block of the tree by handing it to the writer of its type. */
final class BlockWriter {

    /** The most a row of charts is drawn shorter, as a part of its height, to fit at a page's foot. */
    private static final float SHORTER = 0.2f;

    private final PdfLayout layout;
    private final SectionWriter sections;
    private final ParagraphWriter paragraphs;
    private final ListWriter lists;
    private final DefinitionsWriter definitions;
    private final TableWriter tables;
    private final FiguresWriter figures;
    private final ContactsWriter contacts;

    BlockWriter(PdfLayout layout) {
        this.layout = layout;
        FigureCaptions captions = new FigureCaptions(layout);
        this.sections = new SectionWriter(layout, this);
        this.paragraphs = new ParagraphWriter(layout);
        this.lists = new ListWriter(layout, this);
        this.definitions = new DefinitionsWriter(layout, paragraphs);
        this.tables = new TableWriter(layout, captions);
        this.figures = new FiguresWriter(layout, captions);
        this.contacts = new ContactsWriter(layout);
    }

    ParagraphWriter paragraphs() {
        return paragraphs;
    }

    /**
     * The blocks in order, but for two things, so that no page ends with a gap a figure would not
     * fill: a row of charts a little taller than what is left of a page is drawn shorter (by up to
     * {@link #SHORTER}) to fit there; and figures that still do not fit let the paragraphs that
     * follow them fill the page, and come after those on the next page. Figures never pass a
     * table, a list, a heading or other figures, so their order and their chapter stay as written.
     */
    void write(List<Block> blocks, Setting setting) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Figures grid) {
                List<Graphic> first = grid.rows().get(0);
                float share = 1;
                if (!layout.fits(FiguresWriter.height(figures.row(first, 1, false)))) {
                    share = first.stream().allMatch(ChartFigure.class::isInstance) ? fittingShare(first) : 1;
                    while (share == 1 && i + 1 < blocks.size() && blocks.get(i + 1) instanceof Paragraph text) {
                        paragraphs.write(text, setting);
                        i++;
                    }
                }
                figures.rows(grid, share).forEach(layout::add);
            } else {
                write(blocks.get(i), setting);
            }
        }
    }

    /** The tallest share of their height, down to 1 − {@link #SHORTER}, at which the charts fit what is left of the page; 1 for none. */
    private float fittingShare(List<Graphic> charts) {
        for (int step = 1; step <= 4; step++) {
            float share = 1 - SHORTER * step / 4;
            if (layout.fits(FiguresWriter.height(figures.row(charts, share, false)))) {
                return share;
            }
        }
        return 1;
    }

    /**
     * The height the first of the blocks takes where it is kept on one page (a short table, a row
     * of figures), which its heading must not be parted from; 0 for one that may break.
     */
    float keptWhole(List<Block> blocks) {
        if (blocks.isEmpty()) {
            return 0;
        }
        Block first = blocks.get(0);
        if (first instanceof TableFigure table && TableWriter.isShort(table)) {
            return tables.height(table);
        }
        if (first instanceof Figures grid) {
            return FiguresWriter.height(figures.row(grid.rows().get(0), 1, false));
        }
        return 0;
    }

    void write(Block block, Setting setting) {
        if (block instanceof Section section) {
            sections.write(section, setting);
        } else if (block instanceof Paragraph paragraph) {
            paragraphs.write(paragraph, setting);
        } else if (block instanceof ItemList list) {
            lists.write(list, setting);
        } else if (block instanceof DefinitionList list) {
            definitions.write(list, setting);
        } else if (block instanceof TableFigure table) {
            tables.write(table);
        } else if (block instanceof Figures grid) {
            figures.rows(grid).forEach(layout::add);
        } else if (block instanceof Contacts offices) {
            contacts.write(offices);
        } else {
            throw new IllegalArgumentException("no PDF writer for " + block.kind());
        }
    }
}
