package org.gvclab.core.chart;

import java.util.List;

/**
 * The series colours every renderer uses, so a chart looks the same in the browser, the PDF and the workbook.
 * A colour-blind-safe qualitative palette (Okabe &amp; Ito 2008, "Color Universal Design"), starting with blue.
 */
public final class ChartPalette {

    private static final List<String> COLOURS = List.of(
            "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000");

    private ChartPalette() {
    }

    /** The colour of the series at {@code index} as {@code #RRGGBB}; the palette repeats after eight series. */
    public static String colour(int index) {
        return COLOURS.get(Math.floorMod(index, COLOURS.size()));
    }
}
