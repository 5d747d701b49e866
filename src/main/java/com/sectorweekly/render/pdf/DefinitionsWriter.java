package com.sectorweekly.render.pdf;

import com.sectorweekly.document.DefinitionList;
import com.sectorweekly.document.RichText;

import java.util.List;

/** Terms and their meaning, a paragraph each, the term in bold: 买入：… */
final class DefinitionsWriter {

    private final PdfLayout layout;
    private final ParagraphWriter paragraphs;

    DefinitionsWriter(PdfLayout layout, ParagraphWriter paragraphs) {
        this.layout = layout;
        this.paragraphs = paragraphs;
    }

    void write(DefinitionList list, Setting setting) {
        for (DefinitionList.Definition definition : list.definitions()) {
            RichText line = new RichText(List.of(RichText.Run.bold(definition.term()),
                    RichText.Run.plain(layout.label("punct.colon")))).then(definition.definition());
            layout.add(paragraphs.of(line, setting));
        }
    }
}
