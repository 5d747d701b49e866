package com.sectorweekly.render.pdf;

import com.sectorweekly.render.ReportStyle;

import java.awt.Color;

/** The style file's values as the PDF uses them: sizes in points, colours decoded. */
record PdfStyle(ReportStyle.Sizes sizes, ReportStyle.Leading leading, ReportStyle.Page page,
                Color text, Color muted, Color rule, Color zebra, Color panel) {

    static PdfStyle of(ReportStyle style) {
        ReportStyle.Colors colors = style.colors();
        return new PdfStyle(style.sizes(), style.leading(), style.page(), Color.decode(colors.text().hex()),
                Color.decode(colors.muted().hex()), Color.decode(colors.rule().hex()), Color.decode(colors.zebra().hex()),
                Color.decode(colors.panel().hex()));
    }
}
