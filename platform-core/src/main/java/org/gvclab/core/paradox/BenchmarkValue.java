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
 * @param spread      the uncertainty of the reference itself, as a relative half-width: the Monte Carlo draws the
 *                    reference uniformly within {@code value · (1 ± spread)}, kept inside the goalposts
 *                    (docs/model.md, "Reference uncertainty"); 0–0.9
 */
public record BenchmarkValue(String indicatorId, double value, double low, double high, String source, int year,
                             Level level, boolean assumption, LocalizedText note, double spread) {

    /** Relative half-width of a sourced reference when none is stated: ±10 % (*assumption*). */
    public static final double SOURCED_SPREAD = 0.10;
    /** Relative half-width of an assumed reference when none is stated: ±30 % (*assumption*). */
    public static final double ASSUMED_SPREAD = 0.30;

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
        if (!(spread >= 0 && spread <= 0.9)) {
            throw new IllegalArgumentException("benchmark " + indicatorId + ": the spread must be in 0–0.9, got " + spread);
        }
    }

    /** A reference with the default spread: ±10 % when sourced, ±30 % when an assumption. */
    public BenchmarkValue(String indicatorId, double value, double low, double high, String source, int year,
                          Level level, boolean assumption, LocalizedText note) {
        this(indicatorId, value, low, high, source, year, level, assumption, note,
                assumption ? ASSUMED_SPREAD : SOURCED_SPREAD);
    }

    /**
     * The reference moved by a factor {@code 1 + spread · (2u − 1)} for {@code u ∈ [0, 1]}, kept strictly inside the
     * goalposts: one Monte Carlo draw of the reference.
     */
    public double drawn(double u) {
        double r = value * (1 + spread * (2 * u - 1));
        double margin = 1e-9 * (high - low);
        return Math.max(low + margin, Math.min(high - margin, r));
    }
}
