package org.gvclab.core.indicator;

/**
 * Weighting schemes for composite indices (docs/model.md, "Composite indices"): equal, entropy, manual. AHP weights come from
 * {@link Ahp}. All return weights that add up to 1.
 */
public final class Weights {

    private Weights() {
    }

    /** {@code w_j = 1/n}. */
    public static double[] equal(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("need at least one indicator");
        }
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0 / n);
        return w;
    }

    /**
     * Manual weights, checked (finite, ≥ 0, not all zero) and scaled to add up to 1.
     */
    public static double[] manual(double[] w) {
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            if (!Double.isFinite(w[i]) || w[i] < 0) {
                throw new IllegalArgumentException("weight " + i + " = " + w[i] + " must be finite and ≥ 0");
            }
            sum += w[i];
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("weights add up to zero");
        }
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = w[i] / sum;
        }
        return out;
    }

    /**
     * Entropy weights over m units (docs/model.md, "Composite indices"): {@code p_ij = x_ij / Σ_i x_ij}, {@code e_j = −(1/ln m) Σ_i p_ij
     * ln p_ij} (with 0 ln 0 = 0), {@code w_j = (1 − e_j) / Σ_k (1 − e_k)}. Values must be ≥ 0 (normalise first);
     * a column of zeros is refused. When every column is perfectly even (all e_j = 1) the weights are equal.
     */
    public static double[] entropy(double[][] x) {
        int m = Composite.checkMatrix(x);
        if (m < 2) {
            throw new IllegalArgumentException("entropy weights need at least two units");
        }
        int n = x[0].length;
        double[] d = new double[n];
        double dSum = 0;
        for (int j = 0; j < n; j++) {
            double col = 0;
            for (int i = 0; i < m; i++) {
                if (x[i][j] < 0) {
                    throw new IllegalArgumentException("unit " + i + ", indicator " + j + ": entropy weights need values ≥ 0, got " + x[i][j]);
                }
                col += x[i][j];
            }
            if (col == 0) {
                throw new IllegalArgumentException("indicator " + j + ": all values are zero; entropy is undefined");
            }
            double e = 0;
            for (int i = 0; i < m; i++) {
                double p = x[i][j] / col;
                if (p > 0) {
                    e -= p * Math.log(p);
                }
            }
            e /= Math.log(m);
            d[j] = 1 - e;
            dSum += d[j];
        }
        if (dSum <= 1e-15) {
            return equal(n);
        }
        for (int j = 0; j < n; j++) {
            d[j] /= dSum;
        }
        return d;
    }
}
