package org.gvclab.core.notebook;

import java.util.Objects;
import org.gvclab.core.chart.ChartSpec;

/**
 * A chart.
 *
 * @param chart      the chart specification
 * @param provenance where its numbers come from
 */
public record ChartResult(ChartSpec chart, Provenance provenance) implements CellResult {

    public ChartResult {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(provenance, "provenance");
    }
}
