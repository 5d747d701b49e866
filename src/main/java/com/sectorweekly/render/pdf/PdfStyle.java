package com.sectorweekly.render.pdf;

import java.awt.Color;

/** Type sizes and neutral colours of the PDF; the house colours come from the desk file. */
final class PdfStyle {

    static final Color TEXT = new Color(0x1F, 0x1F, 0x1F);
    static final Color MUTED = new Color(0x66, 0x66, 0x66);
    static final Color RULE = new Color(0xDD, 0xDD, 0xDD);
    static final Color ZEBRA = new Color(0xF7, 0xF5, 0xF2);
    static final Color PANEL = new Color(0xFA, 0xF6, 0xF0);

    static final float SIDE_MARGIN = 56;
    static final float TOP_MARGIN = 64;
    static final float BOTTOM_MARGIN = 64;

    static final float BODY = 10f;
    static final float LEADING = 1.7f;
    static final float COVER = 9f;
    static final float COVER_LEADING = 1.6f;
    static final float SMALL = 8.5f;
    static final float TABLE = 8.5f;
    static final float SOURCE = 7.5f;
    static final float CHAPTER = 14f;
    static final float SUBSECTION = 11.5f;
    static final float HEADLINE = 16f;

    private PdfStyle() {
    }
}
