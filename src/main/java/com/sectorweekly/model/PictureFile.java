package com.sectorweekly.model;

/**
 * A picture a figure shows, as read from its file: its format, its bytes as they are (a JPEG is
 * not recompressed), and its size in pixels (for an SVG, in its own units).
 */
public record PictureFile(String file, Format format, byte[] bytes, double width, double height) {

    public enum Format {
        PNG("image/png", "png"), JPEG("image/jpeg", "jpg"), SVG("image/svg+xml", "svg");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }
    }
}
