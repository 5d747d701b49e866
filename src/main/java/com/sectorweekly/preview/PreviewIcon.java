package com.sectorweekly.preview;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** The preview tab's icon: three rising bars, white on a rounded square of the desk's colour. */
final class PreviewIcon {

    private static final int SIZE = 32;

    private PreviewIcon() {
    }

    /** A 32 px PNG in {@code color} (#RRGGBB; another value gives the default navy). */
    static byte[] png(String color) throws IOException {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(parse(color));
            g.fill(new RoundRectangle2D.Float(0, 0, SIZE, SIZE, 8, 8));
            g.setColor(Color.WHITE);
            int[] heights = {10, 16, 22};
            for (int i = 0; i < heights.length; i++) {
                g.fillRect(6 + i * 8, SIZE - 5 - heights[i], 5, heights[i]);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static Color parse(String color) {
        return color != null && color.matches("#[0-9A-Fa-f]{6}") ? new Color(Integer.parseInt(color.substring(1), 16))
                : new Color(0x1F3A5F);
    }
}
