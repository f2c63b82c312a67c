package org.gvclab.core.paradox;

import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.indicator.Indicator;
import org.gvclab.core.indicator.IndicatorValue;

/**
 * One indicator as scored in the diagnosis.
 *
 * @param indicator the catalogue indicator
 * @param value     its evaluated value with provenance (computable)
 * @param compared  the value compared with the benchmark (differs from the value only by a currency conversion)
 * @param unit      the unit of {@code compared}
 * @param benchmark the reference it was scored against
 * @param risk      0–100, higher = more risk of low-end lock-in; 50 = at the reference
 */
public record IndicatorScore(Indicator indicator, IndicatorValue value, double compared, LocalizedText unit,
                             BenchmarkValue benchmark,
                             double risk) {
}
