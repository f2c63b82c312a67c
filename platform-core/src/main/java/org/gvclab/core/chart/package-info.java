/**
 * Renderer-neutral chart specifications: what a chart shows (kind, axes, categories, series, bands, point labels),
 * never how one toolkit draws it. The web passes {@link org.gvclab.core.chart.EChartsOption#toJson} to Apache
 * ECharts; the reports module draws the same specification as SVG (PDF) and as native Excel charts.
 */
@NullMarked
package org.gvclab.core.chart;

import org.jspecify.annotations.NullMarked;
