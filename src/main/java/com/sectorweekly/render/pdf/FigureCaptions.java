package com.sectorweekly.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.sectorweekly.document.Figure;

/** A figure's caption (图表N：…), the target of its line in the list of figures, its note and its source line. */
final class FigureCaptions {

    private final PdfLayout layout;

    FigureCaptions(PdfLayout layout) {
        this.layout = layout;
    }

    Font captionFont() {
        return layout.font(layout.style.sizes().caption(), true, layout.style.text());
    }

    Chunk caption(Figure figure) {
        Chunk caption = PdfText.chunk(figure.title(), captionFont());
        caption.setLocalDestination(figure.anchor());
        caption.setGenericTag(figure.anchor());
        return caption;
    }

    /** 注：…, set as the source line is. */
    Paragraph note(Figure figure) {
        return PdfText.line(figure.note(), layout.font(layout.style.sizes().source(), false, layout.style.muted()), 3);
    }

    Paragraph source(Figure figure) {
        return PdfText.sourceLine(figure.source(), layout.font(layout.style.sizes().source(), false, layout.style.muted()), 3);
    }
}
