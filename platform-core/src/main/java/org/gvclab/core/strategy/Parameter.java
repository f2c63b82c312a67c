package org.gvclab.core.strategy;

import java.util.Objects;
import org.gvclab.core.base.LocalizedText;

/**
 * One parameter of the projection model as shown and edited on screen: what it is, its value and unit, the range a
 * user may set, how uncertain it is, and where the value comes from.
 *
 * @param id           stable id used in scenarios and overrides, e.g. {@code rd_depreciation}
 * @param group        the part of the model it belongs to
 * @param name         bilingual name
 * @param description  what it does in the model (with the symbol of the formula it enters)
 * @param unit         bilingual unit
 * @param value        the value used for the nominal run and as the mode of a triangular distribution
 * @param min          the smallest value a user may set
 * @param max          the largest value a user may set
 * @param distribution how the Monte Carlo draws it
 * @param low          lower end of its uncertainty range (equal to value when fixed)
 * @param high         upper end of its uncertainty range
 * @param assumption   true when the value is our choice rather than a sourced figure or the cluster's own data
 * @param source       the source, or why it is an assumption
 */
public record Parameter(String id, ParameterGroup group, LocalizedText name, LocalizedText description,
                        LocalizedText unit, double value, double min, double max, Distribution distribution,
                        double low, double high, boolean assumption, LocalizedText source) {

    public Parameter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(source, "source");
        if (!(min <= low && low <= value && value <= high && high <= max)) {
            throw new IllegalArgumentException("parameter " + id + ": need min ≤ low ≤ value ≤ high ≤ max, got "
                    + min + ", " + low + ", " + value + ", " + high + ", " + max);
        }
    }

    /** Whether the Monte Carlo varies it. */
    public boolean uncertain() {
        return distribution != Distribution.FIXED && high > low;
    }
}
