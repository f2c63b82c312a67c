package org.gvclab.core.chart;

import org.gvclab.core.base.LocalizedText;

/** A named data series of a chart: {@link CategorySeries} for radar, line and bar, {@link XySeries} otherwise. */
public sealed interface Series permits CategorySeries, XySeries {

    /** The legend name. */
    LocalizedText name();
}
