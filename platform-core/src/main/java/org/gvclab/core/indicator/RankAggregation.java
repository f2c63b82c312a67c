package org.gvclab.core.indicator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Aggregating workshop participants' rankings of the same items: Borda count (an item in position p of n, 0-based,
 * gets n − 1 − p points; de Borda 1781) and mean rank. Each ranking must order every item exactly once, best first.
 */
public final class RankAggregation {

    /**
     * One item's aggregate.
     *
     * @param item      the item
     * @param borda     its Borda points summed over rankings
     * @param meanRank  its mean 1-based position
     * @param rank      its group rank by Borda points (1 = best; ties share the smaller rank)
     */
    public record Aggregate(String item, int borda, double meanRank, int rank) {
    }

    private RankAggregation() {
    }

    /** Aggregates rankings of {@code items}; the result is in the order of {@code items}. */
    public static List<Aggregate> aggregate(List<String> items, List<List<String>> rankings) {
        if (rankings.isEmpty()) {
            throw new IllegalArgumentException("no ranking to aggregate");
        }
        int n = items.size();
        Set<String> expected = new HashSet<>(items);
        if (expected.size() != n) {
            throw new IllegalArgumentException("items contain duplicates");
        }
        int[] points = new int[n];
        double[] rankSum = new double[n];
        for (int k = 0; k < rankings.size(); k++) {
            List<String> r = rankings.get(k);
            if (r.size() != n || !new HashSet<>(r).equals(expected)) {
                throw new IllegalArgumentException("ranking " + (k + 1) + " must list each of the " + n + " items exactly once");
            }
            for (int p = 0; p < n; p++) {
                int i = items.indexOf(r.get(p));
                points[i] += n - 1 - p;
                rankSum[i] += p + 1;
            }
        }
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            score[i] = points[i];
        }
        int[] ranks = Composite.ranks(score);
        List<Aggregate> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Aggregate(items.get(i), points[i], rankSum[i] / rankings.size(), ranks[i]));
        }
        return List.copyOf(out);
    }
}
