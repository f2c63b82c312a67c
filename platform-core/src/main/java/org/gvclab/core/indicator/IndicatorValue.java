package org.gvclab.core.indicator;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.gvclab.core.base.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * An evaluated indicator with its provenance: the value (or why it is not computable), the year, the inputs used
 * with their values and years, and the formula. Never NaN: a value that cannot be computed says why.
 *
 * @param indicatorId   the indicator's id
 * @param year          the year of the record evaluated
 * @param value         the value, or {@code null} when not computable
 * @param notComputable why there is no value (a field not entered, division by zero, …), or {@code null}
 * @param inputs        the inputs used, in the order the formula reads them
 * @param formula       the formula evaluated
 */
public record IndicatorValue(String indicatorId, int year, @Nullable Double value,
                             @Nullable LocalizedText notComputable, List<IndicatorInput> inputs, String formula) {

    public IndicatorValue {
        Objects.requireNonNull(indicatorId, "indicatorId");
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(formula, "formula");
        if ((value == null) == (notComputable == null)) {
            throw new IllegalArgumentException(indicatorId + ": exactly one of value and reason must be given");
        }
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException(indicatorId + ": value " + value + " is not finite");
        }
    }

    /** Whether a value was computed. */
    public boolean computable() {
        return value != null;
    }

    /** The value, empty when not computable. */
    public OptionalDouble optional() {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
