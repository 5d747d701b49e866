package com.sectorweekly.document;

/**
 * A numbered picture from a file (a diagram, a screenshot, a data vendor's chart): its bytes as
 * read, which formats embed as they are; {@code width} and {@code height} are its size in pixels
 * (an SVG's in its own units), which sets its height on the page.
 */
public record PictureFigure(@Verbatim String anchor, String label, String caption, String title, String note, String source,
                            @Verbatim String file, @Verbatim String mediaType, byte[] bytes, double width, double height, boolean wide)
        implements Graphic {

    public boolean isVector() {
        return "image/svg+xml".equals(mediaType);
    }

    @Override
    public Graphic widened() {
        return new PictureFigure(anchor, label, caption, title, note, source, file, mediaType, bytes, width, height, true);
    }

    @Override
    public String kind() {
        return "picture";
    }
}
