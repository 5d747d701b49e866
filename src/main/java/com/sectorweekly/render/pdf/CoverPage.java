package com.sectorweekly.render.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.sectorweekly.document.Document;
import com.sectorweekly.document.Section;

/**
 * Page 1: the masthead with the sector's title, the rating box with the signing analysts, the
 * headline, and the summary's parts under small headings in the house colour.
 */
final class CoverPage {

    private final PdfLayout layout;
    private final BlockWriter blocks;

    CoverPage(PdfLayout layout, BlockWriter blocks) {
        this.layout = layout;
        this.blocks = blocks;
    }

    void write() {
        Document.Masthead masthead = layout.report.masthead();
        Document.Cover cover = layout.report.cover();
        PdfPTable top = new PdfPTable(new float[]{62, 38});
        top.setWidthPercentage(100);

        PdfPCell title = new PdfPCell();
        title.setBorder(Rectangle.BOTTOM);
        title.setBorderColor(layout.primary);
        title.setBorderWidth(2.5f);
        title.setPaddingBottom(10);
        title.addElement(PdfText.line(masthead.sectorTitle(), layout.font(layout.style.sizes().sectorTitle(), true, layout.primary), 0));
        title.addElement(PdfText.line(masthead.reportType() + " · " + masthead.badge(),
                layout.font(layout.style.sizes().reportType(), true, layout.style.text()), 6));
        title.addElement(PdfText.line(masthead.house() + " · " + masthead.team() + " · " + masthead.date(),
                layout.font(layout.style.sizes().small(), false, layout.style.muted()), 4));
        top.addCell(title);

        PdfPCell box = new PdfPCell();
        box.setBorder(Rectangle.LEFT | Rectangle.BOTTOM);
        box.setBorderColorLeft(layout.accent);
        box.setBorderWidthLeft(3);
        box.setBorderColorBottom(layout.primary);
        box.setBorderWidthBottom(2.5f);
        box.setBackgroundColor(layout.style.panel());
        box.setPadding(8);
        box.setPaddingBottom(10);
        if (cover.rating() != null) {
            box.addElement(PdfText.line(cover.rating(), layout.font(layout.style.sizes().rating(), true, layout.primary), 0));
        }
        for (Document.AnalystLine analyst : cover.analysts()) {
            Paragraph p = PdfText.paragraph(layout.font(layout.style.sizes().small(), false, layout.style.text()));
            p.setLeading(0, 1.45f);
            p.setSpacingBefore(5);
            p.add(PdfText.chunk(layout.label("cover.analyst") + layout.label("punct.colon"),
                    layout.font(layout.style.sizes().small(), false, layout.style.muted())));
            p.add(PdfText.chunk(analyst.name() + "\n", layout.font(layout.style.sizes().small(), true, layout.style.text())));
            p.add(PdfText.chunk(analyst.licence() + "\n", layout.font(layout.style.sizes().small(), false, layout.style.muted())));
            p.add(PdfText.chunk(analyst.email(), layout.font(layout.style.sizes().small(), false, layout.style.muted())));
            box.addElement(p);
        }
        if (cover.assistants() != null) {
            Paragraph p = PdfText.line(cover.assistants(), layout.font(layout.style.sizes().small(), false, layout.style.muted()), 5);
            box.addElement(p);
        }
        top.addCell(box);
        layout.add(top);

        Font headlineFont = layout.font(layout.style.sizes().headline(), true, layout.style.text());
        Paragraph headline = PdfText.paragraph(headlineFont);
        headline.setLeading(0, 1.35f);
        headline.setSpacingBefore(14);
        headline.setSpacingAfter(4);
        // page 1's bookmark, above the chapters', named by the headline
        headline.add(layout.bookmarks.mark(PdfText.chunk(cover.headline(), headlineFont), "cover-page", cover.headline()));
        layout.add(headline);

        for (Section part : cover.summary()) {
            Paragraph heading = PdfText.line(part.heading().text(), layout.font(layout.style.sizes().coverHeading(), true, layout.primary), 7);
            heading.setSpacingAfter(1);
            layout.add(heading);
            blocks.write(part.blocks(), Setting.cover(layout.style));
        }
    }
}
