package org.gvclab.core.indicator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.gvclab.core.base.Msg;
import org.gvclab.core.base.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * Monte Carlo uncertainty analysis of a composite index (docs/model.md, "Composite indices"; Saisana, Saltelli &amp; Tarantola 2005,
 * JRSS A 168(2); Nardo et al. 2008 §7): in each draw the weights are perturbed and a normalisation and an
 * aggregation rule are drawn from the allowed ones; each unit's rank is recorded. Reports each unit's nominal rank,
 * median rank and 5–95 % rank band, and which steps were varied. Seeded, so a run can be repeated exactly.
 */
public final class Uncertainty {

    /**
     * What to vary.
     *
     * @param draws          number of Monte Carlo draws (≥ 10)
     * @param seed           the random seed
     * @param weightSpread   each weight is multiplied by U(1 − δ, 1 + δ) and the weights re-scaled; δ = 0.25 by
     *                       default (*assumption*; 0 keeps the weights fixed)
     * @param normalisations the normalisations to draw from (the first is the nominal one)
     * @param aggregations   the aggregation rules to draw from (the first is the nominal one); geometric is combined
     *                       only with min–max, whose scores are then shifted to 1–100 so that a worst value does not
     *                       zero the product (*assumption*)
     */
    public record Settings(int draws, long seed, double weightSpread, List<Normalisation> normalisations,
                           List<Composite.Aggregation> aggregations) {

        public Settings {
            if (draws < 10) {
                throw new IllegalArgumentException("need at least 10 draws, got " + draws);
            }
            if (!(weightSpread >= 0 && weightSpread < 1)) {
                throw new IllegalArgumentException("weight spread must be in [0, 1), got " + weightSpread);
            }
            normalisations = List.copyOf(normalisations);
            aggregations = List.copyOf(aggregations);
            if (normalisations.isEmpty() || aggregations.isEmpty()) {
                throw new IllegalArgumentException("need at least one normalisation and one aggregation rule");
            }
        }

        /** 1,000 draws, ±25 % weights, min–max or z-score, arithmetic or geometric. */
        public static Settings defaults(long seed) {
            return new Settings(1000, seed, 0.25, List.of(Normalisation.MIN_MAX, Normalisation.Z_SCORE),
                    List.of(Composite.Aggregation.ARITHMETIC, Composite.Aggregation.GEOMETRIC));
        }
    }

    /**
     * One unit's rank statistics.
     *
     * @param unit        0-based unit index
     * @param nominalRank rank under the nominal settings (1 = best)
     * @param medianRank  median rank over the draws
     * @param p05         5th percentile of the rank
     * @param p95         95th percentile of the rank
     */
    public record UnitRank(int unit, int nominalRank, double medianRank, double p05, double p95) {
    }

    /**
     * The analysis result.
     *
     * @param units  per unit, in input order
     * @param varied the steps that were varied, in both languages
     * @param draws  draws made
     * @param seed   seed used
     */
    public record Result(List<UnitRank> units, List<LocalizedText> varied, int draws, long seed) {
        public Result {
            units = List.copyOf(units);
            varied = List.copyOf(varied);
        }
    }

    private Uncertainty() {
    }

    /**
     * Runs the analysis.
     *
     * @param x           raw values {@code x[unit][indicator]}
     * @param polarity    one per indicator
     * @param weights     nominal weights, one per indicator
     * @param reference   references for distance-to-reference normalisation, or {@code null} if not drawn
     */
    public static Result run(double[][] x, Polarity[] polarity, double[] weights, double @Nullable [] reference,
                             Settings settings) {
        int m = Composite.checkMatrix(x);
        double[] w0 = Weights.manual(weights);
        if (w0.length != x[0].length) {
            throw new IllegalArgumentException(x[0].length + " indicators but " + w0.length + " weights");
        }
        record Combo(Normalisation norm, Composite.Aggregation agg) {
        }
        List<Combo> combos = new ArrayList<>();
        for (Normalisation nm : settings.normalisations()) {
            for (Composite.Aggregation ag : settings.aggregations()) {
                if (ag == Composite.Aggregation.ARITHMETIC || nm == Normalisation.MIN_MAX) {
                    combos.add(new Combo(nm, ag));
                }
            }
        }
        if (combos.isEmpty()) {
            throw new IllegalArgumentException("geometric aggregation needs min–max normalisation among the choices");
        }
        int[] nominal = Composite.ranks(score(x, polarity, w0, reference, combos.get(0).norm(), combos.get(0).agg()));
        Random rnd = new Random(settings.seed());
        int[][] ranks = new int[m][settings.draws()];
        for (int d = 0; d < settings.draws(); d++) {
            double[] w = new double[w0.length];
            for (int j = 0; j < w.length; j++) {
                w[j] = w0[j] * (1 + settings.weightSpread() * (2 * rnd.nextDouble() - 1));
            }
            Combo c = combos.get(rnd.nextInt(combos.size()));
            int[] r = Composite.ranks(score(x, polarity, w, reference, c.norm(), c.agg()));
            for (int i = 0; i < m; i++) {
                ranks[i][d] = r[i];
            }
        }
        List<UnitRank> units = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            double[] r = Arrays.stream(ranks[i]).asDoubleStream().sorted().toArray();
            units.add(new UnitRank(i, nominal[i], quantile(r, 0.5), quantile(r, 0.05), quantile(r, 0.95)));
        }
        List<LocalizedText> varied = new ArrayList<>();
        if (settings.weightSpread() > 0) {
            varied.add(Msg.of("indicator.uncertainty.weights", Math.round(settings.weightSpread() * 100)));
        }
        if (settings.normalisations().size() > 1) {
            LocalizedText sep = Msg.of("indicator.uncertainty.list_separator");
            varied.add(Msg.of("indicator.uncertainty.normalisation", new LocalizedText(
                    String.join(sep.zh(), settings.normalisations().stream().map(n -> n.label().zh()).toList()),
                    String.join(sep.en(), settings.normalisations().stream().map(n -> n.label().en()).toList()))));
        }
        if (settings.aggregations().size() > 1) {
            varied.add(Msg.of("indicator.uncertainty.aggregation"));
        }
        return new Result(units, varied, settings.draws(), settings.seed());
    }

    private static double[] score(double[][] x, Polarity[] polarity, double[] w, double @Nullable [] reference,
                                  Normalisation norm, Composite.Aggregation agg) {
        double[][] y = Composite.normalise(x, polarity, norm, reference);
        if (agg == Composite.Aggregation.GEOMETRIC) {
            for (double[] row : y) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = 1 + 0.99 * row[j];
                }
            }
        }
        return Composite.aggregate(y, w, agg);
    }

    /** Sample quantile by linear interpolation between order statistics (Hyndman &amp; Fan 1996, type 7). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
