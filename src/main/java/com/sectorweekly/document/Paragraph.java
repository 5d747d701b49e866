package com.sectorweekly.document;

/**
 * A paragraph of rich text. {@code role} names a kind of paragraph that formats may set apart
 * ({@code news}, {@code risk}, {@code published}), or is null.
 */
public record Paragraph(RichText text, @Verbatim String role) implements Block {

    public static Paragraph of(RichText text) {
        return new Paragraph(text, null);
    }

    @Override
    public String kind() {
        return "paragraph";
    }
}
