package org.gvclab.core.chart;

import java.util.List;
import java.util.Objects;
import org.gvclab.core.base.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A series with one value per category of its chart, with an optional uncertainty band (line charts only).
 *
 * @param name   the legend name
 * @param values one finite value per category
 * @param band   the band around the values, or null
 */
public record CategorySeries(LocalizedText name, List<Double> values, @Nullable Band band) implements Series {

    public CategorySeries {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
        for (int i = 0; i < values.size(); i++) {
            ChartSpec.requireFinite(values.get(i), "series '" + name.en() + "'", i);
        }
        if (band != null && band.low().size() != values.size()) {
            throw new IllegalArgumentException("series '" + name.en() + "': " + values.size()
                    + " values but its band has " + band.low().size());
        }
    }

    /** A series without a band. */
    public static CategorySeries of(LocalizedText name, List<Double> values) {
        return new CategorySeries(name, values, null);
    }
}
