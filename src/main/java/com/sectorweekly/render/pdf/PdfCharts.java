package com.sectorweekly.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import com.sectorweekly.document.TextPass;
import com.sectorweekly.render.chart.ChartFont;

/**
 * Charts in the PDF are measured with the Java2D face of the bundled font and written with the
 * PDF's own subset of it, so their text is real, copyable text and the font is embedded once.
 */
final class PdfCharts {

    private PdfCharts() {
    }

    /** Fonts for a drawing of these texts: in the whole face if any of them needs it. */
    static FontMapper fonts(String texts) {
        BaseFont face = PdfFonts.regular(texts);
        return new FontMapper() {
            @Override
            public BaseFont awtToPdf(java.awt.Font font) {
                return face;
            }

            @Override
            public java.awt.Font pdfToAwt(BaseFont font, int size) {
                return ChartFont.of(size);
            }
        };
    }

    /** Every text of a figure, its chart's labels among them. */
    static String texts(Record figure) {
        StringBuilder texts = new StringBuilder();
        TextPass.read(figure, texts::append);
        return texts.toString();
    }
}
