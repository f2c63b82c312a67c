package org.gvclab.core.strategy;

import java.util.Objects;
import org.gvclab.core.base.LocalizedText;

/**
 * One line of the list of assumptions shown with a result: every parameter used (editable), the values calibrated
 * from the cluster's data, and the scenario's own settings.
 *
 * @param id          the parameter id, or a descriptive id for a calibrated value or setting
 * @param name        bilingual name
 * @param value       the value used in the nominal run
 * @param unit        bilingual unit
 * @param range       the uncertainty range drawn by the Monte Carlo, e.g. "10–20 (triangular)", or "fixed"
 * @param source      the source, the data it was calibrated on, or why it is an assumption
 * @param assumption  whether the value is our choice rather than sourced or from the cluster's data
 * @param overridden  whether the user changed it in this scenario
 * @param editable    whether it is a parameter that can be overridden by id
 */
public record Assumption(String id, LocalizedText name, double value, LocalizedText unit, LocalizedText range,
                         LocalizedText source, boolean assumption, boolean overridden, boolean editable) {

    public Assumption {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(source, "source");
    }
}
