package com.sectorweekly.render.pdf;

/**
 * The type a run of blocks is set in, by where it stands: page 1's summary, the body, or the desk's
 * legal text; a list's items stand indented from their list.
 */
record Setting(float size, float leading, float indent) {

    static final Setting COVER = new Setting(PdfStyle.COVER, PdfStyle.COVER_LEADING, 0);
    static final Setting BODY = new Setting(PdfStyle.BODY, PdfStyle.LEADING, 0);
    static final Setting COMPLIANCE = new Setting(PdfStyle.SMALL, 1.6f, 0);

    /** The setting of a section's blocks: the small type where the section is the desk's legal text. */
    Setting within(String role) {
        return "compliance".equals(role) ? new Setting(COMPLIANCE.size, COMPLIANCE.leading, indent) : this;
    }

    /** The setting of a list item's further blocks. */
    Setting indented() {
        return new Setting(size, leading, indent + 14);
    }
}
