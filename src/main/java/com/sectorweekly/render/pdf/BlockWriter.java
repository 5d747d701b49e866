package com.sectorweekly.render.pdf;

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

    private final SectionWriter sections;
    private final ParagraphWriter paragraphs;
    private final ListWriter lists;
    private final DefinitionsWriter definitions;
    private final TableWriter tables;
    private final FiguresWriter figures;
    private final ContactsWriter contacts;

    BlockWriter(PdfLayout layout) {
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

    void write(List<Block> blocks, Setting setting) {
        blocks.forEach(block -> write(block, setting));
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
            figures.write(grid);
        } else if (block instanceof Contacts offices) {
            contacts.write(offices);
        } else {
            throw new IllegalArgumentException("no PDF writer for " + block.kind());
        }
    }
}
