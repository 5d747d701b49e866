package com.sectorweekly.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.sectorweekly.document.TableFigure;

import java.awt.Color;
import java.util.List;

/** A numbered table: caption and column titles repeat on every page the table spans; rows striped. */
final class TableWriter {

    private final PdfLayout layout;
    private final FigureCaptions captions;

    TableWriter(PdfLayout layout, FigureCaptions captions) {
        this.layout = layout;
        this.captions = captions;
    }

    void write(TableFigure figure) {
        List<TableFigure.Column> columns = figure.columns();
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).weight();
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setHeaderRows(2);
        table.setSplitLate(false);

        Chunk caption = captions.caption(figure);
        Phrase captionPhrase = new Phrase();
        captionPhrase.setFont(caption.getFont());
        captionPhrase.add(caption);
        PdfPCell captionCell = new PdfPCell(captionPhrase);
        captionCell.setColspan(columns.size());
        captionCell.setBorder(Rectangle.NO_BORDER);
        captionCell.setPaddingBottom(5);
        table.addCell(captionCell);

        Font headerFont = layout.font(PdfStyle.TABLE, true, Color.WHITE);
        for (TableFigure.Column column : columns) {
            PdfPCell cell = cell(column.title(), headerFont, column.numeric());
            cell.setBackgroundColor(layout.primary);
            table.addCell(cell);
        }
        Font cellFont = layout.font(PdfStyle.TABLE, false, PdfStyle.TEXT);
        List<List<String>> rows = figure.rows();
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                PdfPCell cell = cell(rows.get(r).get(c), cellFont, columns.get(c).numeric());
                cell.setBorder(Rectangle.BOTTOM);
                cell.setBorderColor(PdfStyle.RULE);
                if (r % 2 == 1) {
                    cell.setBackgroundColor(PdfStyle.ZEBRA);
                }
                table.addCell(cell);
            }
        }
        layout.add(table);
        Paragraph source = captions.source(figure);
        source.setSpacingAfter(8);
        layout.add(source);
    }

    private static PdfPCell cell(String text, Font font, boolean numeric) {
        Paragraph content = PdfText.paragraph(font);
        content.setLeading(0, 1.4f);
        content.add(PdfText.chunk(text, font));
        PdfPCell cell = new PdfPCell(content);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(4);
        cell.setPaddingBottom(5);
        cell.setHorizontalAlignment(numeric ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        cell.setUseAscender(true);
        return cell;
    }
}
