package com.sectorweekly.content;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.parser.resources.ResourcePolicy;
import com.sectorweekly.model.PictureFile;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads a figure's picture: a PNG or JPEG, whose size in pixels is read from its header (not by
 * decoding it), or an SVG, parsed with external resources refused. What is not one of those, is
 * too large or is broken is named with what was expected.
 */
final class PictureFiles {

    static final int MAX_BYTES = 8 << 20;
    static final int MAX_PIXELS_A_SIDE = 12_000;

    static {
        // JSVG logs what it cannot draw; a broken picture is reported by the loader in its own words.
        Logger.getLogger("com.github.weisj.jsvg").setLevel(Level.OFF);
    }

    private PictureFiles() {
    }

    static PictureFile read(Path file, String name, Location where) throws ContentException {
        byte[] bytes = ContentFiles.readBounded(file, name, MAX_BYTES, where);
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (extension) {
            case "png" -> raster(bytes, name, where, PictureFile.Format.PNG, "png");
            case "jpg", "jpeg" -> raster(bytes, name, where, PictureFile.Format.JPEG, "jpeg");
            case "svg" -> svg(bytes, name, where);
            default -> throw new ContentException(new Problem(where, "'" + name
                    + "' is not a picture this tool prints; expected a .png, .jpg or .svg file"));
        };
    }

    private static PictureFile raster(byte[] bytes, String name, Location where, PictureFile.Format format, String reader)
            throws ContentException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw broken(name, where, format);
            }
            ImageReader image = readers.next();
            try {
                if (!image.getFormatName().equalsIgnoreCase(reader)) {
                    throw new ContentException(new Problem(where, "'" + name + "' holds a " + image.getFormatName()
                            + " picture, not the " + format.name() + " its name says; save it as ."
                            + image.getFormatName().toLowerCase(Locale.ROOT)));
                }
                image.setInput(in);
                int width = image.getWidth(0);
                int height = image.getHeight(0);
                if (width > MAX_PIXELS_A_SIDE || height > MAX_PIXELS_A_SIDE) {
                    throw new ContentException(new Problem(where, "'" + name + "' is " + width + " × " + height
                            + " pixels; a picture may be at most " + MAX_PIXELS_A_SIDE + " a side"));
                }
                return new PictureFile(name, format, bytes, width, height);
            } finally {
                image.dispose();
            }
        } catch (IOException e) {
            throw broken(name, where, format);
        }
    }

    private static PictureFile svg(byte[] bytes, String name, Location where) throws ContentException {
        SVGDocument document;
        try {
            document = new SVGLoader().load(new ByteArrayInputStream(bytes), null,
                    LoaderContext.builder().externalResourcePolicy(ResourcePolicy.DENY_EXTERNAL).build());
        } catch (RuntimeException e) {
            document = null;
        }
        if (document == null) {
            throw broken(name, where, PictureFile.Format.SVG);
        }
        double width = document.size().getWidth();
        double height = document.size().getHeight();
        if (!(width > 0 && height > 0)) {
            throw new ContentException(new Problem(where, "'" + name
                    + "' gives the picture no size; give its <svg> a viewBox, or a width and height"));
        }
        return new PictureFile(name, PictureFile.Format.SVG, bytes, width, height);
    }

    private static ContentException broken(String name, Location where, PictureFile.Format format) {
        return new ContentException(new Problem(where, "'" + name + "' cannot be read as a " + format.name()
                + " picture; save it again from the program that made it"));
    }
}
