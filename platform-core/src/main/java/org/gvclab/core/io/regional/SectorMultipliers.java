package org.gvclab.core.io.regional;

import java.util.Objects;
import java.util.OptionalDouble;
import org.gvclab.core.base.LocalizedText;

/**
 * The Type I multipliers of one region-sector of a table (docs/methods.md#regionalisation), as {@link RegionalIo#multipliers} derives
 * them: from the region's own domestic coefficients, or regionalised for a county or city with FLQ.
 *
 * @param region      the region code of the table
 * @param sector      the sector code of the table
 * @param method      national domestic coefficients, or FLQ-regionalised ones
 * @param output      output multiplier {@code (1'·L)_j}: output in the region per unit of final demand for sector j
 * @param valueAdded  value-added multiplier {@code (v·L)_j} per unit of final demand
 * @param employment  employment multiplier {@code (e·L)_j} in persons per unit of the cluster's currency of final
 *                    demand; present only when regional employment by sector was given
 * @param delta       FLQ's δ when {@code method} is FLQ
 * @param lambda      FLQ's {@code λ* = [log2(1 + RE/NE)]^δ} when {@code method} is FLQ
 * @param description how the numbers were obtained, in both languages (for the list of assumptions)
 */
public record SectorMultipliers(String region, String sector, Method method, double output, double valueAdded,
                                OptionalDouble employment, OptionalDouble delta, OptionalDouble lambda,
                                LocalizedText description) {

    /** How the coefficient matrix behind the multipliers was obtained. */
    public enum Method {
        /** The linked region's domestic block {@code A_rr} of the table as it is (no regionalisation). */
        NATIONAL,
        /** {@code A_rr} regionalised with Flegg's location quotient from regional employment by sector. */
        FLQ
    }

    public SectorMultipliers {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(employment, "employment");
        Objects.requireNonNull(delta, "delta");
        Objects.requireNonNull(lambda, "lambda");
        Objects.requireNonNull(description, "description");
        if (method == Method.FLQ && (delta.isEmpty() || lambda.isEmpty())) {
            throw new IllegalArgumentException("FLQ multipliers need δ and λ*");
        }
    }
}
