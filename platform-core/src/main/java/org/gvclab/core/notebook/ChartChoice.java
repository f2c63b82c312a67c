package org.gvclab.core.notebook;

/** Which chart a chart cell shows; the cell's evaluator turns the choice into a {@link org.gvclab.core.chart.ChartSpec}. */
public enum ChartChoice {
    /** Radar of the five factor scores of the diagnosis. */
    FACTOR_RADAR,
    /** Lines of the chosen indicators over the notebook's years. */
    INDICATOR_TREND,
    /** The scenario's projected path with its P10–P90 band. */
    STRATEGY_PROJECTION,
    /** Grouped bars of the strategies' criteria scores. */
    STRATEGY_RANKING,
    /** The smile curve of the linked IO table's value chain. */
    SMILE_CURVE,
    /** GVC participation (x) against GVC position (y) of the linked IO table's sectors. */
    GVC_POSITION_SCATTER
}
