package com.sectorweekly.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Paragraph;
import com.sectorweekly.document.Figure;

/** A figure's caption (图表N：…), the target of its line in the list of figures, and its source line. */
final class FigureCaptions {

    private final PdfLayout layout;

    FigureCaptions(PdfLayout layout) {
        this.layout = layout;
    }

    Chunk caption(Figure figure) {
        Chunk caption = PdfText.chunk(figure.title(), layout.font(9, true, PdfStyle.TEXT));
        caption.setLocalDestination(figure.anchor());
        caption.setGenericTag(figure.anchor());
        return caption;
    }

    Paragraph source(Figure figure) {
        return PdfText.line(figure.source(), layout.font(PdfStyle.SOURCE, false, PdfStyle.MUTED), 3);
    }
}
