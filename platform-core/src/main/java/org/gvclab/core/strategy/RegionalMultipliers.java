package org.gvclab.core.strategy;

import java.util.Objects;
import java.util.OptionalDouble;
import org.gvclab.core.base.LocalizedText;

/**
 * Type I multipliers of the IO sector the cluster is linked to (docs/model.md, "Regional effects": column sums of the regional
 * Leontief inverse {@code L_r}, weighted by value-added or employment coefficients), filled by the web layer from
 * the IO engine (with FLQ regionalisation where regional employment by sector is known). The projection treats the
 * cluster's extra sales over S0 as extra final demand for that sector: {@code Δx = m_x · ΔY},
 * {@code Δva = m_va · ΔY}, {@code Δjobs = m_e · ΔY}. The employment multiplier is optional: without regional
 * employment data there is none, and the regional jobs effect is not computed.
 *
 * @param output     output multiplier {@code 1'·L_r} (regional output per unit of final demand), ≥ 0
 * @param valueAdded value-added multiplier {@code v·L_r} (regional value added per unit of final demand), ≥ 0
 * @param jobs       employment multiplier {@code e·L_r}: regional jobs per unit of final demand, with money in the
 *                   cluster's currency unit (the caller converts the IO table's unit), ≥ 0; empty when unknown
 * @param source     where they come from (table, year, region, sector, regionalisation), shown with the results
 */
public record RegionalMultipliers(double output, double valueAdded, OptionalDouble jobs, LocalizedText source) {

    public RegionalMultipliers {
        Objects.requireNonNull(jobs, "jobs");
        Objects.requireNonNull(source, "source");
        check("output", output);
        check("value-added", valueAdded);
        if (jobs.isPresent()) {
            check("employment", jobs.getAsDouble());
        }
    }

    /** Output, value-added and employment multipliers. */
    public RegionalMultipliers(double output, double valueAdded, double jobs, LocalizedText source) {
        this(output, valueAdded, OptionalDouble.of(jobs), source);
    }

    /** Output and value-added multipliers only (no employment data): the regional jobs effect is not computed. */
    public RegionalMultipliers(double output, double valueAdded, LocalizedText source) {
        this(output, valueAdded, OptionalDouble.empty(), source);
    }

    /** Whether the outcome can be computed with these multipliers (only regional outcomes need them). */
    boolean covers(Outcome o) {
        return o != Outcome.REGIONAL_JOBS || jobs.isPresent();
    }

    private static void check(String what, double m) {
        if (!Double.isFinite(m) || m < 0) {
            throw new IllegalArgumentException("the " + what + " multiplier must be finite and ≥ 0, got " + m);
        }
    }
}
