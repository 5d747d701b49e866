package com.sectorweekly.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import com.sectorweekly.document.Figure;
import com.sectorweekly.document.Heading;

/** 内容目录 and 图表目录: every listed heading and every figure with its page, each line a link. */
final class ContentsPage {

    private final PdfLayout layout;

    ContentsPage(PdfLayout layout) {
        this.layout = layout;
    }

    void write() {
        Chunk contents = PdfText.chunk(layout.label("contents.title"), titleFont());
        title(layout.bookmarks.mark(contents, "contents-page", layout.label("contents.title")));
        for (Heading heading : layout.report.outline()) {
            boolean chapter = heading.level() == 1;
            line(heading.text(), heading.anchor(), 16 * (heading.level() - 1),
                    layout.font(layout.style.sizes().body(), chapter, layout.style.text()));
        }
        title(PdfText.chunk(layout.label("contents.figures"), titleFont()));
        for (Figure figure : layout.report.figures()) {
            line(figure.title(), figure.anchor(), 0, layout.font(layout.style.sizes().caption(), false, layout.style.text()));
        }
    }

    private Font titleFont() {
        return layout.font(layout.style.sizes().chapter(), true, layout.primary);
    }

    private void title(Chunk title) {
        Paragraph p = PdfText.paragraph(titleFont());
        p.setSpacingBefore(12);
        p.setSpacingAfter(8);
        p.add(title);
        p.add(SectionWriter.titleRule(titleFont(), layout.primary));
        layout.add(p);
    }

    private void line(String text, String anchor, float indent, Font font) {
        Paragraph line = PdfText.paragraph(font);
        line.setLeading(0, 1.9f);
        line.setIndentationLeft(indent);
        Chunk title = PdfText.chunk(text, font);
        title.setLocalGoto(anchor);
        line.add(title);
        Chunk leader = new Chunk(new DottedLineSeparator());
        leader.setFont(font);
        line.add(leader);
        // The pages are not laid out yet: the number is written in when they are.
        Chunk number = layout.pageNumbers.placeholder(layout.writer, anchor, font);
        number.setLocalGoto(anchor);
        line.add(number);
        layout.add(line);
    }
}
