package com.sectorweekly.render.chart;

import com.sectorweekly.document.Chart;
import com.sectorweekly.document.Document;

import java.awt.Color;

/** The colours of every chart: the desk's, plus quiet greys for everything that is not data. */
public record ChartPalette(Color primary, Color accent, Color rise, Color fall) {

    static final Color TEXT = new Color(0x33, 0x33, 0x33);
    static final Color AXIS = new Color(0x99, 0x99, 0x99);
    static final Color GRID = new Color(0xE3, 0xE3, 0xE3);
    static final Color PLAIN_BAR = new Color(0xB8, 0xB8, 0xB8);

    public static ChartPalette of(Document.Colors colors) {
        return new ChartPalette(Color.decode(colors.primary()), Color.decode(colors.accent()),
                Color.decode(colors.rise()), Color.decode(colors.fall()));
    }

    Color bar(Chart.Tone tone) {
        return switch (tone) {
            case PLAIN -> PLAIN_BAR;
            case HIGHLIGHT -> primary;
            case RISE -> rise;
            case FALL -> fall;
        };
    }

    /** The accent mixed with white: a solid tint, since not every reader handles transparency alike. */
    Color accentTint(double strength) {
        return new Color(mix(accent.getRed(), strength), mix(accent.getGreen(), strength), mix(accent.getBlue(), strength));
    }

    private static int mix(int channel, double strength) {
        return (int) Math.round(255 - (255 - channel) * strength);
    }
}
