package com.sectorweekly.render.pdf;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.sectorweekly.document.Contacts;

/** The desk's offices side by side, each under a rule in the house colour. */
final class ContactsWriter {

    private final PdfLayout layout;

    ContactsWriter(PdfLayout layout) {
        this.layout = layout;
    }

    void write(Contacts contacts) {
        PdfPTable offices = new PdfPTable(contacts.offices().size());
        offices.setWidthPercentage(100);
        offices.setSpacingBefore(4);
        for (Contacts.Office office : contacts.offices()) {
            PdfPCell cell = new PdfPCell();
            cell.setBorder(Rectangle.TOP);
            cell.setBorderColor(layout.primary);
            cell.setPadding(4);
            cell.addElement(PdfText.line(office.city(), layout.font(layout.style.sizes().small(), true, layout.primary), 0));
            for (String line : office.lines()) {
                cell.addElement(PdfText.line(line, layout.font(layout.style.sizes().contacts(), false, layout.style.text()), 1));
            }
            offices.addCell(cell);
        }
        layout.add(offices);
    }
}
