package com.sectorweekly.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.sectorweekly.document.Paragraph;
import com.sectorweekly.document.RichText;

/**
 * A paragraph of rich text in the setting's type: bold runs in the bold face, a news item's date in
 * the house colour and its source in small grey type.
 */
final class ParagraphWriter {

    private final PdfLayout layout;

    ParagraphWriter(PdfLayout layout) {
        this.layout = layout;
    }

    void write(Paragraph paragraph, Setting setting) {
        layout.add(of(paragraph.text(), setting));
    }

    com.lowagie.text.Paragraph of(RichText text, Setting setting) {
        com.lowagie.text.Paragraph p = PdfText.paragraph(layout.font(setting.size(), false, layout.style.text()));
        p.setLeading(0, setting.leading());
        p.setSpacingBefore(3);
        p.setIndentationLeft(setting.indent());
        p.setAlignment(layout.textAlignment);
        for (RichText.Run run : text.runs()) {
            Chunk chunk = PdfText.chunk(run.text(), font(run, setting));
            if ("source".equals(run.role())) {
                chunk.setSplitCharacter(CjkLineBreaking.SOURCES); // 来源：公司公告 does not part inside a name
            }
            p.add(chunk);
        }
        return p;
    }

    private Font font(RichText.Run run, Setting setting) {
        if ("date".equals(run.role())) {
            return layout.font(setting.size(), true, layout.primary);
        }
        if ("source".equals(run.role())) {
            return layout.font(layout.style.sizes().small(), run.bold(), layout.style.muted());
        }
        return layout.font(setting.size(), run.bold(), layout.style.text());
    }
}
