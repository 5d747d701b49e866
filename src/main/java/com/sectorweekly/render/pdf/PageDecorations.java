package com.sectorweekly.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.sectorweekly.render.BundledFont;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The running header (from page 2, below the masthead page) and the footer of every page. The page
 * count is not known until the end, so each footer is a template filled in when the document closes.
 */
final class PageDecorations extends PdfPageEventHelper {

    private static final float FOOTER_WIDTH = 200;
    private final String headerLeft;
    private final String headerRight;
    private final String footerNotice;
    private final BiFunction<Integer, Integer, String> pageLabel;
    private final Color ruleColor;
    private final PdfStyle style;
    private final List<PdfTemplate> footers = new ArrayList<>();

    PageDecorations(String headerLeft, String headerRight, String footerNotice,
                    BiFunction<Integer, Integer, String> pageLabel, Color ruleColor, PdfStyle style) {
        this.headerLeft = headerLeft;
        this.headerRight = headerRight;
        this.footerNotice = footerNotice;
        this.pageLabel = pageLabel;
        this.ruleColor = ruleColor;
        this.style = style;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        float left = document.left();
        float right = document.right();
        if (writer.getPageNumber() > 1) {
            float y = page.getTop() - 36;
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, phrase(headerLeft, style.sizes().runningHeader(), style.muted()), left, y, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, phrase(headerRight, style.sizes().runningHeader(), style.muted()), right, y, 0);
            rule(canvas, left, right, y - 5);
        }
        float footerY = page.getBottom() + 30;
        rule(canvas, left, right, footerY + 12);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, phrase(footerNotice, style.sizes().footer(), style.muted()), left, footerY, 0);
        PdfTemplate footer = canvas.createTemplate(FOOTER_WIDTH, 14);
        canvas.addTemplate(footer, right - FOOTER_WIDTH, footerY - 3);
        footers.add(footer);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        int total = footers.size();
        for (int i = 0; i < total; i++) {
            ColumnText.showTextAligned(footers.get(i), Element.ALIGN_RIGHT,
                    phrase(pageLabel.apply(i + 1, total), style.sizes().runningHeader(), style.muted()), FOOTER_WIDTH, 3, 0);
        }
    }

    private void rule(PdfContentByte canvas, float left, float right, float y) {
        canvas.saveState();
        canvas.setColorStroke(ruleColor);
        canvas.setLineWidth(0.6f);
        canvas.moveTo(left, y);
        canvas.lineTo(right, y);
        canvas.stroke();
        canvas.restoreState();
    }

    private static Phrase phrase(String text, float size, Color color) {
        String printable = BundledFont.printable(text);
        return new Phrase(printable, PdfFonts.covering(PdfFonts.font(size, false, color), printable));
    }
}
