package com.sectorweekly.render.pdf;

/**
 * The type a run of blocks is set in, by where it stands: page 1's summary or its panel, the body,
 * or the desk's legal text; a list's items stand indented from their list.
 */
record Setting(float size, float leading, float indent) {

    static Setting cover(PdfStyle style) {
        return new Setting(style.sizes().cover(), style.leading().cover(), 0);
    }

    /** Page 1's panel of key figures, in the small type of the rating box beside it. */
    static Setting panel(PdfStyle style) {
        return new Setting(style.sizes().small(), style.leading().small(), 0);
    }

    static Setting body(PdfStyle style) {
        return new Setting(style.sizes().body(), style.leading().body(), 0);
    }

    /** The setting of a section's blocks: the small type where the section is the desk's legal text. */
    Setting within(String role, PdfStyle style) {
        return "compliance".equals(role) ? new Setting(style.sizes().small(), style.leading().small(), indent) : this;
    }

    /** The same type set closer: its leading less {@code cut}. */
    Setting closer(float cut) {
        return new Setting(size, leading - cut, indent);
    }

    /** The setting of a list item's further blocks. */
    Setting indented() {
        return new Setting(size, leading, indent + 14);
    }
}
