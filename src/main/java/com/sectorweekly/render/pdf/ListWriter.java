package com.sectorweekly.render.pdf;

import com.lowagie.text.Paragraph;
import com.sectorweekly.document.ItemList;
import com.sectorweekly.document.RichText;

/** A list: each item's marker (1) or •) in bold house colour before its first paragraph; the rest indented. */
final class ListWriter {

    private final PdfLayout layout;
    private final BlockWriter blocks;

    ListWriter(PdfLayout layout, BlockWriter blocks) {
        this.layout = layout;
        this.blocks = blocks;
    }

    void write(ItemList list, Setting setting) {
        for (ItemList.Item item : list.items()) {
            String marker = (list.numbered() ? item.marker() : "•") + " ";
            RichText lead = item.lead() == null ? RichText.plain("") : item.lead().text();
            Paragraph p = blocks.paragraphs().of(lead, setting);
            p.add(0, PdfText.chunk(marker, layout.font(setting.size(), true, layout.primary)));
            layout.add(p);
            blocks.write(item.rest(), setting.indented());
        }
    }
}
