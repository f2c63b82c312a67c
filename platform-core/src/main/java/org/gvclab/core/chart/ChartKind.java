package org.gvclab.core.chart;

/** The chart kinds GVC Lab draws; each renderer supports all of them. */
public enum ChartKind {
    /** One polygon per series over at least three categories (for example the five factor scores). */
    RADAR,
    /** One line per series over ordered categories (years); a series may carry a P10–P90 band. */
    LINE,
    /** Grouped bars: one bar per series within each category. */
    BAR,
    /** Labelled points on two numeric axes. */
    SCATTER,
    /**
     * The smile curve of a value chain: each participant's value-added share (y) against its distance to final
     * demand (x), drawn as labelled points joined by a line in order of x (Ye, Meng &amp; Wei 2015, IDE DP 530).
     */
    SMILE_CURVE;

    /** Whether this kind draws {@link CategorySeries} over categories (otherwise {@link XySeries} on two axes). */
    public boolean usesCategories() {
        return this == RADAR || this == LINE || this == BAR;
    }
}
