package org.gvclab.web.indicator;

import org.gvclab.core.indicator.Indicator;
import org.gvclab.core.indicator.IndicatorValue;

/**
 * A user-defined indicator evaluated on a cluster's latest year, with what its provenance shows.
 *
 * @param definition the stored definition (name, unit, formula)
 * @param indicator  the definition as the core's indicator
 * @param value      the value with its inputs, or without a value when the formula's fields are missing
 */
public record UserIndicatorValue(UserIndicator definition, Indicator indicator, IndicatorValue value) {
}
