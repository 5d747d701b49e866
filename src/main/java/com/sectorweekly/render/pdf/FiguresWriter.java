package com.sectorweekly.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.sectorweekly.document.ChartFigure;
import com.sectorweekly.document.Figures;
import com.sectorweekly.render.chart.ChartDrawing;

import java.awt.Graphics2D;
import java.util.List;

/**
 * Charts drawn as vectors, with their labels as text in the embedded font: a wide chart on a row of
 * its own, narrow ones two to a row. Caption, drawing and source of a chart stay on one page.
 */
final class FiguresWriter {

    private final PdfLayout layout;
    private final FigureCaptions captions;

    FiguresWriter(PdfLayout layout, FigureCaptions captions) {
        this.layout = layout;
        this.captions = captions;
    }

    void write(Figures figures) {
        List<ChartFigure> charts = figures.figures();
        int i = 0;
        while (i < charts.size()) {
            ChartFigure first = charts.get(i);
            boolean pair = !first.chart().wide();
            PdfPTable row = new PdfPTable(pair ? 2 : 1);
            row.setWidthPercentage(100);
            row.setSpacingBefore(8);
            row.setSpacingAfter(6);
            row.setKeepTogether(true);
            row.addCell(cell(first, pair ? Element.ALIGN_LEFT : Element.ALIGN_CENTER));
            i++;
            if (pair) {
                boolean partner = i < charts.size() && !charts.get(i).chart().wide();
                PdfPCell second = partner ? cell(charts.get(i), Element.ALIGN_RIGHT) : new PdfPCell();
                second.setBorder(Rectangle.NO_BORDER);
                row.addCell(second);
                i += partner ? 1 : 0;
            }
            layout.add(row);
        }
    }

    private PdfPCell cell(ChartFigure figure, int side) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingLeft(side == Element.ALIGN_RIGHT ? 5.5f : 0);
        cell.setPaddingRight(side == Element.ALIGN_LEFT ? 5.5f : 0);
        Chunk caption = captions.caption(figure);
        Paragraph title = PdfText.paragraph(caption.getFont());
        title.setLeading(0, 1.35f);
        title.add(caption);
        title.setSpacingAfter(4);
        cell.addElement(title);
        ChartDrawing.Size size = ChartDrawing.size(figure.chart());
        PdfTemplate drawing = layout.writer.getDirectContent().createTemplate(size.width(), size.height());
        if (!layout.draft) {
            Graphics2D graphics = drawing.createGraphics(size.width(), size.height(), PdfCharts.FONTS);
            ChartDrawing.paint(figure.chart(), layout.palette, graphics);
            graphics.dispose();
        }
        Image image = Image.getInstance(drawing);
        image.setAlt(figure.title());
        cell.addElement(image);
        cell.addElement(captions.source(figure));
        return cell;
    }
}
