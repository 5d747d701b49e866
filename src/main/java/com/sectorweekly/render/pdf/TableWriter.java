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

/**
 * A numbered table: caption and column titles above, rows striped, note and source below. A short
 * table is kept on one page; on every further page a long one spans, the caption (marked （续）)
 * and the column titles repeat.
 */
final class TableWriter {

    /** The most rows a table may have to be moved whole to the next page rather than broken. */
    private static final int SHORT_TABLE_ROWS = 12;
    private static final float SPACE_BEFORE = 8;
    /** The fewest rows a long table shows under its titles on the page it starts on. */
    private static final int FIRST_PAGE_ROWS = 3;
    /** The left padding of a text column that follows a number column. */
    private static final float APART = 12;

    private final PdfLayout layout;
    private final FigureCaptions captions;

    TableWriter(PdfLayout layout, FigureCaptions captions) {
        this.layout = layout;
        this.captions = captions;
    }

    void write(TableFigure figure) {
        PdfPTable table = table(figure);
        if (!isShort(figure)) {
            // A long table starts where its caption, titles and a few rows fit, not with one row at a page's foot.
            float start = SPACE_BEFORE;
            int titleRows = figure.grouped() ? 2 : 1;
            int firstRows = table.getHeaderRows() + 1 + titleRows + FIRST_PAGE_ROWS;
            for (int r = table.getHeaderRows(); r < Math.min(firstRows, table.size()); r++) {
                start += table.getRowHeight(r);
            }
            layout.keepWithNext(start);
        }
        layout.add(table);
        if (figure.note() != null) {
            layout.add(captions.note(figure));
        }
        Paragraph source = captions.source(figure);
        source.setSpacingAfter(8);
        layout.add(source);
    }

    /** Whether the table is kept on one page, rather than broken with its titles repeated. */
    static boolean isShort(TableFigure figure) {
        return figure.rows().size() <= SHORT_TABLE_ROWS;
    }

    /** The height a short table takes on its page, with its caption, note and source line. */
    float height(TableFigure figure) {
        PdfPTable table = table(figure);
        float lines = (figure.note() == null ? 1 : 2) * layout.style.sizes().source() * 1.5f + 8;
        return SPACE_BEFORE + table.getTotalHeight() - table.getHeaderHeight() + lines;
    }

    /** The table at the text width, caption and column titles first, its header repeated on further pages. */
    private PdfPTable table(TableFigure figure) {
        List<TableFigure.Column> columns = figure.columns();
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).weight();
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(SPACE_BEFORE);
        table.setSplitLate(false);
        // A short table is kept on one page; a long one breaks, its header repeated.
        table.setKeepTogether(isShort(figure));
        // The header OpenPDF repeats on each further page: the caption marked as continued, and the
        // column titles. The first page shows the same rows unmarked, added as the table's first rows.
        int titleRows = figure.grouped() ? 2 : 1;
        table.setHeaderRows(1 + titleRows);
        table.setSkipFirstHeader(true);
        table.addCell(captionCell(PdfText.chunk(layout.label("figure.continued", figure.title()), captions.captionFont()),
                columns.size()));
        columnTitles(table, figure);
        table.addCell(captionCell(captions.caption(figure), columns.size()));
        columnTitles(table, figure);

        Font cellFont = layout.font(layout.style.sizes().table(), false, layout.style.text());
        List<List<String>> rows = figure.rows();
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                PdfPCell cell = cell(rows.get(r).get(c), cellFont, columns.get(c).align());
                apart(cell, columns, c);
                cell.setBorder(Rectangle.BOTTOM);
                cell.setBorderColor(layout.style.rule());
                if (r % 2 == 1) {
                    cell.setBackgroundColor(layout.style.zebra());
                }
                table.addCell(cell);
            }
        }
        table.setTotalWidth(layout.textWidth());
        table.setLockedWidth(true);
        return table;
    }

    private static PdfPCell captionCell(Chunk caption, int columns) {
        Phrase phrase = new Phrase();
        phrase.setFont(caption.getFont());
        phrase.add(caption);
        PdfPCell cell = new PdfPCell(phrase);
        cell.setColspan(columns);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingBottom(5);
        return cell;
    }

    /** The column titles on the house colour; group headings over their columns in a row above. */
    private void columnTitles(PdfPTable table, TableFigure figure) {
        Font font = layout.font(layout.style.sizes().table(), true, Color.WHITE);
        if (figure.grouped()) {
            for (TableFigure.HeaderCell heading : figure.groupRow()) {
                PdfPCell cell = headerCell(heading.title(), font, heading.group() ? TableFigure.Align.CENTER : TableFigure.Align.LEFT);
                if (heading.group()) {
                    cell.setColspan(heading.span());
                } else {
                    cell.setRowspan(2);
                    cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
                }
                table.addCell(cell);
            }
        }
        for (int c = 0; c < figure.columns().size(); c++) {
            TableFigure.Column column = figure.columns().get(c);
            if (!figure.grouped() || column.group() != null) {
                PdfPCell cell = headerCell(column.title(), font, column.align());
                apart(cell, figure.columns(), c);
                table.addCell(cell);
            }
        }
    }

    /** A text column after a number column stands apart from it: "+316.7万户" and "比上年末" are two things. */
    private static void apart(PdfPCell cell, List<TableFigure.Column> columns, int c) {
        if (c > 0 && columns.get(c - 1).numeric() && !columns.get(c).numeric()) {
            cell.setPaddingLeft(APART);
        }
    }

    private PdfPCell headerCell(String text, Font font, TableFigure.Align align) {
        PdfPCell cell = cell(text, font, align);
        cell.setBackgroundColor(layout.primary);
        return cell;
    }

    private static PdfPCell cell(String text, Font font, TableFigure.Align align) {
        Paragraph content = PdfText.paragraph(font);
        content.setLeading(0, 1.4f);
        content.add(PdfText.chunk(text, font));
        PdfPCell cell = new PdfPCell(content);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(4);
        cell.setPaddingBottom(5);
        cell.setHorizontalAlignment(switch (align) {
            case RIGHT -> Element.ALIGN_RIGHT;
            case CENTER -> Element.ALIGN_CENTER;
            case LEFT -> Element.ALIGN_LEFT;
        });
        cell.setUseAscender(true);
        return cell;
    }
}
