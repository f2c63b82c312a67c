package org.gvclab.core.strategy;

import java.util.Objects;
import org.gvclab.core.base.LocalizedText;

/**
 * Type I multipliers of the IO sector the cluster is linked to (METHODS.md §1: column sums of the regional
 * Leontief inverse {@code L_r}, weighted by value-added or employment coefficients), filled by the web layer from
 * the IO engine (with FLQ regionalisation where the table is national). The projection treats the cluster's extra
 * sales over S0 as extra final demand for that sector: {@code Δx = m_x · ΔY}, {@code Δva = m_va · ΔY},
 * {@code Δjobs = m_e · ΔY}.
 *
 * @param output     output multiplier {@code 1'·L_r} (regional output per unit of final demand), ≥ 0
 * @param valueAdded value-added multiplier {@code v·L_r} (regional value added per unit of final demand), ≥ 0
 * @param jobs       employment multiplier {@code e·L_r}: regional jobs per unit of final demand, with money in the
 *                   cluster's currency unit (the caller converts the IO table's unit), ≥ 0
 * @param source     where they come from (table, year, region, sector, regionalisation), shown with the results
 */
public record RegionalMultipliers(double output, double valueAdded, double jobs, LocalizedText source) {

    public RegionalMultipliers {
        Objects.requireNonNull(source, "source");
        check("output", output);
        check("value-added", valueAdded);
        check("employment", jobs);
    }

    private static void check(String what, double m) {
        if (!Double.isFinite(m) || m < 0) {
            throw new IllegalArgumentException("the " + what + " multiplier must be finite and ≥ 0, got " + m);
        }
    }
}
