package org.gvclab.core.strategy;

import java.util.Arrays;
import java.util.Objects;

/**
 * One outcome of one strategy over the years t = 0…H (index 0 = the base year, the cluster's data): the nominal
 * path (every parameter at its value) and the P10 / P50 / P90 of the Monte Carlo draws (quantiles by linear
 * interpolation between order statistics, Hyndman &amp; Fan 1996 type 7). Arrays are copied in and out.
 *
 * @param outcome the outcome
 * @param nominal the nominal path
 * @param p10     10th percentile per year
 * @param p50     median per year
 * @param p90     90th percentile per year
 */
public record Trajectory(Outcome outcome, double[] nominal, double[] p10, double[] p50, double[] p90) {

    public Trajectory {
        Objects.requireNonNull(outcome, "outcome");
        nominal = nominal.clone();
        p10 = p10.clone();
        p50 = p50.clone();
        p90 = p90.clone();
        if (p10.length != nominal.length || p50.length != nominal.length || p90.length != nominal.length) {
            throw new IllegalArgumentException(outcome.id() + ": paths of different lengths");
        }
    }

    @Override
    public double[] nominal() {
        return nominal.clone();
    }

    @Override
    public double[] p10() {
        return p10.clone();
    }

    @Override
    public double[] p50() {
        return p50.clone();
    }

    @Override
    public double[] p90() {
        return p90.clone();
    }

    /** The value at the horizon (last year) of the median path. */
    public double p50AtHorizon() {
        return p50[p50.length - 1];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Trajectory t && outcome == t.outcome && Arrays.equals(nominal, t.nominal)
                && Arrays.equals(p10, t.p10) && Arrays.equals(p50, t.p50) && Arrays.equals(p90, t.p90);
    }

    @Override
    public int hashCode() {
        return Objects.hash(outcome, Arrays.hashCode(nominal), Arrays.hashCode(p10), Arrays.hashCode(p50), Arrays.hashCode(p90));
    }

    @Override
    public String toString() {
        return outcome.id() + " p50=" + Arrays.toString(p50);
    }
}
