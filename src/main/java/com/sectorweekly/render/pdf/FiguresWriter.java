package com.sectorweekly.render.pdf;

import com.github.weisj.jsvg.view.ViewBox;
import com.lowagie.text.BadElementException;
import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.ImgRaw;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.sectorweekly.document.ChartFigure;
import com.sectorweekly.document.Figures;
import com.sectorweekly.document.Graphic;
import com.sectorweekly.document.PictureFigure;
import com.sectorweekly.render.chart.ChartDrawing;

import java.awt.Graphics2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Charts and pictures, a wide one on a row of its own, narrow ones two to a row; caption, drawing,
 * note and source of each stay on one page. Charts are drawn as vectors with their labels as text
 * in the embedded font; an SVG picture is drawn as vectors too; a PNG or JPEG is embedded as read
 * (a JPEG is not recompressed), scaled to the column.
 */
final class FiguresWriter {

    /** The tallest a picture is set, so a tall screenshot does not take a page of its own. */
    private static final float MAX_PICTURE_HEIGHT = 380;

    private final PdfLayout layout;
    private final FigureCaptions captions;

    FiguresWriter(PdfLayout layout, FigureCaptions captions) {
        this.layout = layout;
        this.captions = captions;
    }

    /** The grid's rows, each kept on one page, at the text width so that their heights are known. */
    List<PdfPTable> rows(Figures figures) {
        return rows(figures, 1);
    }

    /** The grid's rows, the first one's charts drawn {@code firstRowCharts} times as tall as elsewhere. */
    List<PdfPTable> rows(Figures figures, float firstRowCharts) {
        List<List<Graphic>> sets = figures.rows();
        List<PdfPTable> rows = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            rows.add(row(sets.get(i), i == 0 ? firstRowCharts : 1, true));
        }
        return rows;
    }

    /**
     * A row of the grid, its charts drawn {@code chartHeight} times as tall as they are drawn
     * elsewhere (less than 1 for a row that fits at the foot of a page only a little shorter).
     * Measured only ({@code drawn} false), its charts and vector pictures are blanks of their
     * size: a drawing is written into the file once made, whether it is placed or not.
     */
    PdfPTable row(List<Graphic> set, float chartHeight, boolean drawn) {
        boolean pair = set.size() == 2;
        PdfPTable row = new PdfPTable(set.size());
        row.setWidthPercentage(100);
        row.setSpacingBefore(8);
        row.setSpacingAfter(6);
        row.setKeepTogether(true);
        row.addCell(cell(set.get(0), pair ? Element.ALIGN_LEFT : Element.ALIGN_CENTER, chartHeight, drawn));
        if (pair) {
            row.addCell(cell(set.get(1), Element.ALIGN_RIGHT, chartHeight, drawn));
        }
        row.setTotalWidth(layout.textWidth());
        row.setLockedWidth(true);
        return row;
    }

    /** The height a row takes on the page, with the space above and below it. */
    static float height(PdfPTable row) {
        return row.spacingBefore() + row.getTotalHeight() + row.spacingAfter();
    }

    private PdfPCell cell(Graphic figure, int side, float chartHeight, boolean drawn) {
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
        Image image = figure instanceof ChartFigure chart ? chart(chart, chartHeight, drawn) : picture((PictureFigure) figure, drawn);
        image.setAlt(figure.title());
        cell.addElement(image);
        if (figure.note() != null) {
            cell.addElement(captions.note(figure));
        }
        cell.addElement(captions.source(figure));
        return cell;
    }

    private Image chart(ChartFigure figure, float height, boolean drawn) {
        ChartDrawing.Size size = ChartDrawing.size(figure.chart()).within(layout.textWidth()).shorter(height);
        if (!drawn) {
            return blank(size.width(), size.height());
        }
        PdfTemplate drawing = layout.writer.getDirectContent().createTemplate(size.width(), size.height());
        Graphics2D graphics = drawing.createGraphics(size.width(), size.height(), PdfCharts.fonts(PdfCharts.texts(figure)));
        ChartDrawing.paint(figure.chart(), layout.palette, graphics, size);
        graphics.dispose();
        return image(drawing);
    }

    private Image picture(PictureFigure figure, boolean drawn) {
        float width = figure.wide() ? ChartDrawing.WIDE : ChartDrawing.NARROW;
        float height = (float) (width * figure.height() / figure.width());
        if (height > MAX_PICTURE_HEIGHT) {
            width = width * MAX_PICTURE_HEIGHT / height;
            height = MAX_PICTURE_HEIGHT;
        }
        Image image;
        if (figure.isVector() && !drawn) {
            image = blank(width, height);
        } else if (figure.isVector()) {
            PdfTemplate drawing = layout.writer.getDirectContent().createTemplate(width, height);
            // The picture's own file holds every text it shows (and its markup, which is Latin).
            Graphics2D graphics = drawing.createGraphics(width, height,
                    PdfCharts.fonts(new String(figure.bytes(), StandardCharsets.UTF_8)));
            SvgPictures.load(figure).render(null, graphics, new ViewBox(0, 0, width, height));
            graphics.dispose();
            image = image(drawing);
        } else {
            try {
                image = Image.getInstance(figure.bytes());
            } catch (IOException e) {
                throw new UncheckedIOException("picture " + figure.file() + " cannot be embedded", e);
            }
        }
        image.scaleAbsolute(width, height);
        // A cell scales its images to its width; a picture narrower than the column keeps its own.
        image.setWidthPercentage(100f * width / (figure.wide() ? ChartDrawing.WIDE : ChartDrawing.NARROW));
        image.setAlignment(Image.MIDDLE);
        return image;
    }

    /**
     * A stand-in of a drawing's size, for measuring: a one-bit image of as many pixels as the
     * drawing has points (a cell scales an image by its own proportions), written only where placed.
     */
    private static Image blank(float width, float height) {
        int w = Math.max(1, Math.round(width));
        int h = Math.max(1, Math.round(height));
        try {
            // A raw one-bit image as such: Image.getInstance would encode it in CCITT G4 first, for nothing.
            Image blank = new ImgRaw(w, h, 1, 1, new byte[(w + 7) / 8 * h]);
            blank.scaleAbsolute(width, height);
            return blank;
        } catch (BadElementException e) {
            throw new IllegalStateException("a drawing could not be measured", e);
        }
    }

    private static Image image(PdfTemplate drawing) {
        try {
            return Image.getInstance(drawing);
        } catch (BadElementException e) {
            throw new IllegalStateException("a drawing could not be placed", e);
        }
    }
}
