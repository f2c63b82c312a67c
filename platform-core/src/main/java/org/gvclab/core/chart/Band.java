package org.gvclab.core.chart;

import java.util.List;
import java.util.Objects;
import org.gvclab.core.base.LocalizedText;

/**
 * An uncertainty band around a line series, for example the P10–P90 range of a Monte Carlo projection.
 * {@code low} and {@code high} are aligned with the chart's categories.
 *
 * @param name the band's legend name (for example "P10–P90")
 * @param low  the lower edge per category
 * @param high the upper edge per category, never below {@code low}
 */
public record Band(LocalizedText name, List<Double> low, List<Double> high) {

    public Band {
        Objects.requireNonNull(name, "name");
        low = List.copyOf(low);
        high = List.copyOf(high);
        if (low.size() != high.size()) {
            throw new IllegalArgumentException("band '" + name.en() + "': " + low.size() + " low values but "
                    + high.size() + " high values");
        }
        for (int i = 0; i < low.size(); i++) {
            ChartSpec.requireFinite(low.get(i), "band '" + name.en() + "' low", i);
            ChartSpec.requireFinite(high.get(i), "band '" + name.en() + "' high", i);
            if (high.get(i) < low.get(i)) {
                throw new IllegalArgumentException("band '" + name.en() + "': high " + high.get(i)
                        + " is below low " + low.get(i) + " at index " + i);
            }
        }
    }
}
