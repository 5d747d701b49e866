package com.sectorweekly.render.pdf;

import com.lowagie.text.pdf.PdfPTable;
import com.sectorweekly.document.Block;
import com.sectorweekly.document.Contacts;
import com.sectorweekly.document.DefinitionList;
import com.sectorweekly.document.Figures;
import com.sectorweekly.document.ItemList;
import com.sectorweekly.document.Paragraph;
import com.sectorweekly.document.Section;
import com.sectorweekly.document.TableFigure;

import java.util.List;

/** Lays out any block of the tree by handing it to the writer of its type. */
final class BlockWriter {

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
     * The blocks in order, but for one thing: figures that do not fit at the foot of a page let
     * the paragraphs that follow them fill it, and come after those on the next page, rather than
     * leave the space empty. Figures never pass a table, a list, a heading or other figures, so
     * their order and their chapter stay as written.
     */
    void write(List<Block> blocks, Setting setting) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Figures grid) {
                List<PdfPTable> rows = figures.rows(grid);
                if (!layout.fits(FiguresWriter.height(rows.get(0)))) {
                    while (i + 1 < blocks.size() && blocks.get(i + 1) instanceof Paragraph text) {
                        paragraphs.write(text, setting);
                        i++;
                    }
                }
                rows.forEach(layout::add);
            } else {
                write(blocks.get(i), setting);
            }
        }
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
