package org.gvclab.web.benchmark;

import java.util.List;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Measure;
import org.jspecify.annotations.Nullable;

/**
 * Where one cluster stands among the clusters of every jurisdiction, in aggregates only: per measure the peers'
 * quartiles (Harrell–Davis, never one peer's own value) and the cluster's position as a quarter among them, with the
 * national reference value. Peer figures are withheld for a measure fewer than {@link #minimum()} peers have.
 *
 * @param peers         how many other clusters (any jurisdiction) have data
 * @param minimum       the fewest peers with a value for which peer figures are shown
 * @param year          the cluster's latest year
 * @param referenceSet  the name of the national reference set
 * @param rows          the measures, lock-in index first
 */
public record PeerComparison(int peers, int minimum, int year, String referenceSet, List<Row> rows) {

    public PeerComparison {
        rows = List.copyOf(rows);
    }

    /** Whether any peer figures are shown. */
    public boolean hasPeerFigures() {
        return rows.stream().anyMatch(r -> r.median() != null);
    }

    /**
     * One measure.
     *
     * @param label          what is measured
     * @param unit           its unit (empty for scores)
     * @param measure        how the cluster's own number and the reference are shown
 * @param peerMeasure    how peer figures are shown: whole units, coarser than the cluster's own number, so that
 *                       rounding adds to the anonymity of small peer groups (no peer figure reads as a peer's value)
     * @param higherIsWorse  whether a higher value means more lock-in risk
     * @param own            the cluster's value, or null when it cannot be computed
     * @param reference      the national reference value, or null where the set has none
     * @param referenceAssumed whether the reference value is an assumption rather than a sourced statistic
     * @param peersWithValue how many peers have a value
     * @param p25            the peers' lower quartile, or null below the minimum
     * @param median         the peers' median, or null below the minimum
     * @param p75            the peers' upper quartile, or null below the minimum
     * @param position       the cluster's quarter among the peers, or null below the minimum or without own value
     */
    public record Row(LocalizedText label, LocalizedText unit, Measure measure, Measure peerMeasure,
                      boolean higherIsWorse,
                      @Nullable Double own, @Nullable Double reference, boolean referenceAssumed, int peersWithValue,
                      @Nullable Double p25, @Nullable Double median, @Nullable Double p75,
                      @Nullable Quarter position) {
    }

    /** A quarter of the peers' distribution, lowest values first. */
    public enum Quarter {
        LOWEST, SECOND, THIRD, HIGHEST;

        /** The quarter of a percentile (0–1). */
        static Quarter of(double percentile) {
            return values()[Math.min(3, (int) Math.floor(percentile * 4))];
        }
    }
}
