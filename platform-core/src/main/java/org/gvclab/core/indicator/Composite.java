package org.gvclab.core.indicator;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The composite-index engine (docs/model.md, "Composite indices", after the OECD/JRC Handbook, Nardo et al. 2008, and COINr):
 * normalise a units × indicators matrix, weight, and aggregate. Matrices are {@code x[unit][indicator]}.
 * Shape and domain errors throw {@link IllegalArgumentException} naming the offending unit or indicator.
 */
public final class Composite {

    /** Aggregation rules. */
    public enum Aggregation {
        /** {@code Σ w_i y_i} (full compensation). */
        ARITHMETIC,
        /** {@code Π y_i^w_i} (partial compensation; needs y ≥ 0). */
        GEOMETRIC
    }

    private Composite() {
    }

    /**
     * Normalises every column.
     *
     * @param x         the raw values, {@code x[unit][indicator]}
     * @param polarity  one per indicator
     * @param method    the normalisation
     * @param reference one per indicator for {@link Normalisation#DISTANCE_TO_REFERENCE} (non-zero); else ignored
     * @return a new matrix, higher = better in every column. A min–max column whose values are all equal becomes 50
     *         and a z-score column with zero spread becomes 0 (it does not discriminate; *assumption*).
     */
    public static double[][] normalise(double[][] x, Polarity[] polarity, Normalisation method,
                                       double @Nullable [] reference) {
        int m = checkMatrix(x);
        int n = x[0].length;
        if (polarity.length != n) {
            throw new IllegalArgumentException("polarity has " + polarity.length + " entries for " + n + " indicators");
        }
        double[][] y = new double[m][n];
        for (int j = 0; j < n; j++) {
            double s = polarity[j].sign();
            switch (method) {
                case MIN_MAX -> {
                    double min = Double.POSITIVE_INFINITY;
                    double max = Double.NEGATIVE_INFINITY;
                    for (double[] row : x) {
                        min = Math.min(min, row[j]);
                        max = Math.max(max, row[j]);
                    }
                    for (int i = 0; i < m; i++) {
                        y[i][j] = max == min ? 50 : s > 0 ? 100 * (x[i][j] - min) / (max - min) : 100 * (max - x[i][j]) / (max - min);
                    }
                }
                case Z_SCORE -> {
                    if (m < 2) {
                        throw new IllegalArgumentException("z-scores need at least two units");
                    }
                    double mean = 0;
                    for (double[] row : x) {
                        mean += row[j];
                    }
                    mean /= m;
                    double ss = 0;
                    for (double[] row : x) {
                        ss += (row[j] - mean) * (row[j] - mean);
                    }
                    double sd = Math.sqrt(ss / (m - 1));
                    for (int i = 0; i < m; i++) {
                        y[i][j] = sd == 0 ? 0 : s * (x[i][j] - mean) / sd;
                    }
                }
                case DISTANCE_TO_REFERENCE -> {
                    if (reference == null || reference.length != n) {
                        throw new IllegalArgumentException("distance to a reference needs one reference per indicator");
                    }
                    double ref = reference[j];
                    if (ref == 0 || !Double.isFinite(ref)) {
                        throw new IllegalArgumentException("indicator " + j + ": reference " + ref + " must be finite and non-zero");
                    }
                    for (int i = 0; i < m; i++) {
                        y[i][j] = 100 * (1 + s * (x[i][j] - ref) / Math.abs(ref));
                    }
                }
                default -> throw new IllegalStateException(method.name());
            }
        }
        return y;
    }

    /**
     * Min–max with fixed goalposts (as in the UNDP Human Development Index; Nardo et al. 2008 §5): {@code 100 (x − low)
     * /(high − low)} clamped to 0–100, flipped for negative polarity. Used to score one unit against a benchmark.
     */
    public static double goalposts(double x, double low, double high, Polarity polarity) {
        if (!(high > low)) {
            throw new IllegalArgumentException("goalposts need high > low, got low " + low + ", high " + high);
        }
        double y = 100 * (x - low) / (high - low);
        y = Math.max(0, Math.min(100, y));
        return polarity == Polarity.HIGHER_IS_BETTER ? y : 100 - y;
    }

    /**
     * Distance to a benchmark with goalposts, piecewise linear (*assumption*; after the goalpost min–max of Nardo et
     * al. 2008 §5): 50 at the reference, 100 at the good goalpost, 0 at the bad one (the good goalpost is {@code high}
     * for higher-is-better, {@code low} for higher-is-worse); values beyond the goalposts are clamped. Higher = better.
     *
     * @throws IllegalArgumentException unless low &lt; reference &lt; high
     */
    public static double benchmarkScore(double x, double low, double reference, double high, Polarity polarity) {
        if (!(low < reference && reference < high)) {
            throw new IllegalArgumentException("need low < reference < high, got " + low + ", " + reference + ", " + high);
        }
        double c = Math.max(low, Math.min(high, x));
        double up = c >= reference ? 50 + 50 * (c - reference) / (high - reference) : 50 * (c - low) / (reference - low);
        return polarity == Polarity.HIGHER_IS_BETTER ? up : 100 - up;
    }

    /** Weighted arithmetic mean {@code Σ w_i y_i / Σ w_i}. */
    public static double arithmetic(double[] y, double[] w) {
        double[] v = Weights.manual(w);
        check(y, v);
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            s += v[i] * y[i];
        }
        return s;
    }

    /**
     * Weighted geometric mean {@code Π y_i^(w_i / Σ w)}; a zero value gives zero (no compensation).
     *
     * @throws IllegalArgumentException when a value is negative (z-scores must not be aggregated geometrically)
     */
    public static double geometric(double[] y, double[] w) {
        double[] v = Weights.manual(w);
        check(y, v);
        double logSum = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0) {
                throw new IllegalArgumentException("indicator " + i + ": geometric aggregation needs values ≥ 0, got " + y[i]);
            }
            if (v[i] == 0) {
                continue;
            }
            if (y[i] == 0) {
                return 0;
            }
            logSum += v[i] * Math.log(y[i]);
        }
        return Math.exp(logSum);
    }

    /** Aggregates every unit's row of a normalised matrix. */
    public static double[] aggregate(double[][] y, double[] w, Aggregation rule) {
        checkMatrix(y);
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = rule == Aggregation.ARITHMETIC ? arithmetic(y[i], w) : geometric(y[i], w);
        }
        return out;
    }

    /**
     * Ranks scores, 1 = highest; ties share the smallest rank ("competition" ranking, 1-2-2-4).
     */
    public static int[] ranks(double[] scores) {
        int[] r = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            int better = 0;
            for (double s : scores) {
                if (s > scores[i]) {
                    better++;
                }
            }
            r[i] = better + 1;
        }
        return r;
    }

    private static void check(double[] y, double[] w) {
        if (y.length != w.length) {
            throw new IllegalArgumentException(y.length + " values but " + w.length + " weights");
        }
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("indicator " + i + ": value " + y[i] + " is not finite");
            }
        }
    }

    static int checkMatrix(double[][] x) {
        Objects.requireNonNull(x, "x");
        if (x.length == 0 || x[0].length == 0) {
            throw new IllegalArgumentException("the matrix is empty");
        }
        int n = x[0].length;
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != n) {
                throw new IllegalArgumentException("unit " + i + " has " + x[i].length + " values, unit 0 has " + n);
            }
            for (int j = 0; j < n; j++) {
                if (!Double.isFinite(x[i][j])) {
                    throw new IllegalArgumentException("unit " + i + ", indicator " + j + ": " + x[i][j] + " is not finite");
                }
            }
        }
        return x.length;
    }

    static double[] copy(double[] a) {
        return Arrays.copyOf(a, a.length);
    }
}
