package org.gvclab.core.strategy;

import java.util.ArrayList;
import java.util.List;
import org.gvclab.core.base.Msg;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.indicator.Composite;
import org.gvclab.core.indicator.Polarity;
import org.gvclab.core.indicator.Topsis;

/**
 * TOPSIS over strategy outcomes (docs/model.md, "Ranking", {@link Topsis}): alternatives are strategies, criteria are outcomes
 * at the horizon with their polarity. A criterion on which every strategy scores exactly zero (no fiscal cost in
 * any strategy, no exposure to the shock) cannot be vector-normalised; it is left out, which changes nothing because
 * a constant criterion adds nothing to either distance. Rank stability counts, over the draws, how often each strategy
 * has the highest closeness; a tie for first shares the draw equally.
 */
final class TopsisRanking {

    /**
     * Closeness is rounded to twelve decimals, so that floating-point rounding (two presets whose budgets add up to
     * the same total in a different order) cannot split what is a tie.
     */
    private static final double TIE = 1e12;

    private TopsisRanking() {
    }

    /** Closeness of each strategy (row) over the criteria (columns); {@code dropped} receives left-out criteria. */
    static double[] closeness(double[][] x, List<Outcome> criteria, double[] weights, List<Outcome> dropped) {
        int m = x.length;
        List<Integer> keep = new ArrayList<>();
        for (int j = 0; j < criteria.size(); j++) {
            boolean zero = true;
            for (int i = 0; i < m; i++) {
                if (!Double.isFinite(x[i][j])) {
                    throw new IllegalArgumentException("criterion " + criteria.get(j).id() + ": value " + x[i][j]
                            + " of strategy " + (i + 1) + " is not finite");
                }
                zero &= x[i][j] == 0;
            }
            if (zero) {
                dropped.add(criteria.get(j));
            } else if (weights[j] > 0) {
                keep.add(j);
            }
        }
        if (keep.isEmpty()) {
            double[] c = new double[m];
            java.util.Arrays.fill(c, 0.5);
            return c;
        }
        double[][] y = new double[m][keep.size()];
        double[] w = new double[keep.size()];
        Polarity[] pol = new Polarity[keep.size()];
        for (int k = 0; k < keep.size(); k++) {
            int j = keep.get(k);
            w[k] = weights[j];
            pol[k] = criteria.get(j).polarity();
            for (int i = 0; i < m; i++) {
                y[i][k] = x[i][j];
            }
        }
        double[] c = Topsis.rank(y, w, pol).closeness();
        for (int i = 0; i < m; i++) {
            c[i] = Math.rint(c[i] * TIE) / TIE;
        }
        return c;
    }

    /**
     * The ranking from the per-draw outcomes at the horizon.
     *
     * @param horizon  {@code [draw][row][outcome ordinal]}: rows 0…n−1 are the strategies, row {@code reference} is
     *                 the status quo (one of them, or an extra row)
     * @param ids      the ids of the n strategies
     * @param basis    levels, or changes from the status quo of the same draw
     */
    static Ranking rank(double[][][] horizon, List<String> ids, int reference, List<Outcome> criteria, Weighting weighting,
                        RankingBasis basis) {
        int n = ids.size();
        int c = criteria.size();
        double[][][] draws = new double[horizon.length][n][c];
        for (int d = 0; d < horizon.length; d++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < c; j++) {
                    int o = criteria.get(j).ordinal();
                    double ref = basis == RankingBasis.CHANGE_FROM_STATUS_QUO ? horizon[d][reference][o] : 0;
                    draws[d][i][j] = horizon[d][i][o] - ref;
                }
            }
        }
        double[][] median = new double[n][c];
        double[] sorted = new double[horizon.length];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < c; j++) {
                for (int d = 0; d < horizon.length; d++) {
                    sorted[d] = draws[d][i][j];
                }
                java.util.Arrays.sort(sorted);
                median[i][j] = StrategyComparison.quantile(sorted, 0.5);
            }
        }
        return rank(criteria, weighting, basis, ids, median, draws);
    }

    /**
     * The ranking: closeness and rank of the median outcomes, stability over the draws.
     *
     * @param ids    strategy ids, in order
     * @param median {@code [strategy][criterion]} median outcomes at the horizon
     * @param draws  {@code [draw][strategy][criterion]} outcomes at the horizon per draw
     */
    static Ranking rank(List<Outcome> criteria, Weighting weighting, RankingBasis basis, List<String> ids, double[][] median,
                        double[][][] draws) {
        double[] w = weighting.of(criteria);
        List<Outcome> dropped = new ArrayList<>();
        double[] c = closeness(median, criteria, w, dropped);
        int[] ranks = Composite.ranks(c);
        double[] first = new double[ids.size()];
        for (double[][] draw : draws) {
            double[] cd = closeness(draw, criteria, w, new ArrayList<>());
            double best = Double.NEGATIVE_INFINITY;
            for (double v : cd) {
                best = Math.max(best, v);
            }
            int ties = 0;
            for (double v : cd) {
                if (v == best) {
                    ties++;
                }
            }
            for (int i = 0; i < cd.length; i++) {
                if (cd[i] == best) {
                    first[i] += 1.0 / ties;
                }
            }
        }
        List<RankedStrategy> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            out.add(new RankedStrategy(ids.get(i), c[i], ranks[i], draws.length == 0 ? 0 : first[i] / draws.length));
        }
        List<LocalizedText> notes = new ArrayList<>();
        for (Outcome o : dropped) {
            notes.add(Msg.of("strategy.topsis.criterion_zero", o.label(), basis.label()));
        }
        List<Double> wl = new ArrayList<>();
        for (double x : w) {
            wl.add(x);
        }
        return new Ranking(criteria, wl, weighting, basis, out, notes);
    }
}
