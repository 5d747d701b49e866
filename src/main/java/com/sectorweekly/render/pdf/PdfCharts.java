package com.sectorweekly.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import com.sectorweekly.render.chart.ChartFont;

/**
 * Charts in the PDF are measured with the Java2D face of the bundled font and written with the
 * PDF's own subset of it, so their text is real, copyable text and the font is embedded once.
 */
final class PdfCharts {

    static final FontMapper FONTS = new FontMapper() {
        @Override
        public BaseFont awtToPdf(java.awt.Font font) {
            return PdfFonts.regular();
        }

        @Override
        public java.awt.Font pdfToAwt(BaseFont font, int size) {
            return ChartFont.of(size);
        }
    };

    private PdfCharts() {
    }
}
