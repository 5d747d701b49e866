package com.sectorweekly.render.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.PdfWriter;
import com.sectorweekly.document.Document;
import com.sectorweekly.render.chart.ChartPalette;

import java.awt.Color;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One pass of laying a report out: the OpenPDF document being filled, the report it is filled from,
 * and what every block writer shares (the style, colours, the outline being built, the contents' page numbers).
 */
final class PdfLayout {

    final com.lowagie.text.Document pdf;
    final PdfWriter writer;
    final Document report;
    final Bookmarks bookmarks = new Bookmarks();
    /** The contents' page numbers, written in once every heading and figure has its page. */
    final PageNumbers pageNumbers;
    final PdfStyle style;
    final Color primary;
    final Color accent;
    final ChartPalette palette;
    /** Chinese is set justified, as Chinese reports are; English ragged right, which spaces its words evenly. */
    final int textAlignment;

    PdfLayout(com.lowagie.text.Document pdf, PdfWriter writer, Document report, PdfStyle style, PageNumbers pageNumbers) {
        this.pdf = pdf;
        this.writer = writer;
        this.report = report;
        this.pageNumbers = pageNumbers;
        this.style = style;
        this.palette = ChartPalette.of(report.colors());
        this.primary = palette.primary();
        this.accent = palette.accent();
        this.textAlignment = report.info().language().startsWith("zh") ? Element.ALIGN_JUSTIFIED : Element.ALIGN_LEFT;
    }

    /** Where blocks go while they are set in a column of page 1 rather than down the page; null otherwise. */
    private List<Element> column;
    private float columnWidth;

    void add(Element element) {
        if (column != null) {
            column.add(element);
        } else {
            pdf.add(element);
        }
    }

    /**
     * The elements the writing makes, kept for a column of the given width (page 1's summary and
     * panel, which a {@code ColumnText} sets) instead of being added down the page.
     */
    List<Element> column(float width, Runnable writing) {
        column = new ArrayList<>();
        columnWidth = width;
        try {
            writing.run();
            return column;
        } finally {
            column = null;
        }
    }

    String label(String key) {
        return report.labels().get(key);
    }

    /** A set phrase with its {0}, {1} … filled. */
    String label(String key, Object... args) {
        return new MessageFormat(label(key), Locale.ROOT).format(args);
    }

    Font font(float size, boolean bold, Color color) {
        return PdfFonts.font(size, bold, color);
    }

    /** The width the text takes: between the page's margins, or in the column being set. */
    float textWidth() {
        return column != null ? columnWidth : pdf.right() - pdf.left();
    }

    /** Whether this much height is left on the page; in a column of page 1, its column text decides. */
    boolean fits(float height) {
        return column != null || writer.getVerticalPosition(true) - pdf.bottom() >= height;
    }

    /** OpenPDF has no keep-with-next: start a new page rather than leave a heading at the foot of one. */
    void keepWithNext(float needed) {
        if (!fits(needed)) {
            pdf.newPage();
        }
    }
}
