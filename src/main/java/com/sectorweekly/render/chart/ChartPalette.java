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

    /** Further series after the house's two colours: quiet, and apart from each other and from red and green. */
    private static final Color[] MORE_SERIES = {
            new Color(0x4A, 0x6F, 0xA5), new Color(0x7A, 0x7A, 0x7A), new Color(0x9D, 0xB4, 0xD6),
            new Color(0xC9, 0x8A, 0x5B), new Color(0x5E, 0x9C, 0x8F), new Color(0xB8, 0xB8, 0xB8)};

    /** The colour of the i-th series of a chart: the house colour, its accent, then the others in turn. */
    Color series(int i) {
        return i == 0 ? primary : i == 1 ? accent : MORE_SERIES[(i - 2) % MORE_SERIES.length];
    }

    /** The accent mixed with white: a solid tint, since not every reader handles transparency alike. */
    Color accentTint(double strength) {
        return tint(accent, strength);
    }

    /** A colour mixed with white, {@code strength} of it kept. */
    Color tint(Color color, double strength) {
        return new Color(mix(color.getRed(), strength), mix(color.getGreen(), strength), mix(color.getBlue(), strength));
    }

    private static int mix(int channel, double strength) {
        return (int) Math.round(255 - (255 - channel) * strength);
    }
}
