package org.gvclab.core.paradox;

import java.util.Objects;
import org.gvclab.core.base.LocalizedText;

/**
 * A reference value for one indicator, with the goalposts that bound its scoring, its source and year, the level of
 * the reference (national, provincial, …) and whether it is an assumption rather than a sourced figure.
 *
 * @param indicatorId the catalogue indicator it is for
 * @param value       the reference value (scores 50: neither better nor worse than the reference)
 * @param low         the lower goalpost (values below score as the goalpost)
 * @param high        the upper goalpost
 * @param source      where the value comes from; for assumptions, why it was chosen
 * @param year        the year the value describes
 * @param level       national, provincial, industry or other reference
 * @param assumption  true when the value is our assumption and not a sourced statistic
 * @param note        a remark in both languages (units, comparability)
 */
public record BenchmarkValue(String indicatorId, double value, double low, double high, String source, int year,
                             Level level, boolean assumption, LocalizedText note) {

    /** What the reference describes. */
    public enum Level {
        NATIONAL, PROVINCIAL, INDUSTRY, OTHER
    }

    public BenchmarkValue {
        Objects.requireNonNull(indicatorId, "indicatorId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(note, "note");
        if (!(low < value && value < high)) {
            throw new IllegalArgumentException("benchmark " + indicatorId + ": need low < value < high, got "
                    + low + ", " + value + ", " + high);
        }
    }
}
