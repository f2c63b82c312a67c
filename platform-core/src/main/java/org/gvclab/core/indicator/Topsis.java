package org.gvclab.core.indicator;

/**
 * TOPSIS (Hwang &amp; Yoon 1981; docs/model.md, "Ranking"): vector normalisation {@code r_ij = x_ij / sqrt(Σ_i x_ij²)},
 * weighting {@code v_ij = w_j r_ij}, ideal {@code A+} (best per criterion by polarity) and anti-ideal {@code A−},
 * Euclidean distances {@code D+}, {@code D−}, closeness {@code C = D− / (D+ + D−)}; rank 1 = highest C.
 */
public final class Topsis {

    /**
     * The steps and the result of a TOPSIS ranking.
     *
     * @param normalised the vector-normalised matrix r
     * @param weighted   the weighted matrix v
     * @param ideal      A+ per criterion
     * @param antiIdeal  A− per criterion
     * @param dPlus      distance of each alternative to A+
     * @param dMinus     distance of each alternative to A−
     * @param closeness  C per alternative (an alternative equal to both ideals gets 0.5)
     * @param ranks      1 = best
     */
    public record Result(double[][] normalised, double[][] weighted, double[] ideal, double[] antiIdeal,
                         double[] dPlus, double[] dMinus, double[] closeness, int[] ranks) {
    }

    private Topsis() {
    }

    /**
     * Ranks alternatives (rows) over criteria (columns).
     *
     * @param x        the decision matrix {@code x[alternative][criterion]}
     * @param weights  one per criterion (scaled to add up to 1)
     * @param polarity one per criterion: benefit (higher is better) or cost (higher is worse)
     */
    public static Result rank(double[][] x, double[] weights, Polarity[] polarity) {
        int m = Composite.checkMatrix(x);
        int n = x[0].length;
        if (weights.length != n || polarity.length != n) {
            throw new IllegalArgumentException(n + " criteria but " + weights.length + " weights and "
                    + polarity.length + " polarities");
        }
        double[] w = Weights.manual(weights);
        double[][] r = new double[m][n];
        double[][] v = new double[m][n];
        double[] ideal = new double[n];
        double[] anti = new double[n];
        for (int j = 0; j < n; j++) {
            double norm = 0;
            for (double[] row : x) {
                norm += row[j] * row[j];
            }
            norm = Math.sqrt(norm);
            if (norm == 0) {
                throw new IllegalArgumentException("criterion " + j + ": all values are zero; it cannot be normalised");
            }
            double best = Double.NaN;
            double worst = Double.NaN;
            for (int i = 0; i < m; i++) {
                r[i][j] = x[i][j] / norm;
                v[i][j] = w[j] * r[i][j];
                boolean better = polarity[j] == Polarity.HIGHER_IS_BETTER;
                if (i == 0 || (better ? v[i][j] > best : v[i][j] < best)) {
                    best = v[i][j];
                }
                if (i == 0 || (better ? v[i][j] < worst : v[i][j] > worst)) {
                    worst = v[i][j];
                }
            }
            ideal[j] = best;
            anti[j] = worst;
        }
        double[] dPlus = new double[m];
        double[] dMinus = new double[m];
        double[] c = new double[m];
        for (int i = 0; i < m; i++) {
            double sp = 0;
            double sm = 0;
            for (int j = 0; j < n; j++) {
                sp += (v[i][j] - ideal[j]) * (v[i][j] - ideal[j]);
                sm += (v[i][j] - anti[j]) * (v[i][j] - anti[j]);
            }
            dPlus[i] = Math.sqrt(sp);
            dMinus[i] = Math.sqrt(sm);
            c[i] = dPlus[i] + dMinus[i] == 0 ? 0.5 : dMinus[i] / (dPlus[i] + dMinus[i]);
        }
        return new Result(r, v, ideal, anti, dPlus, dMinus, c, Composite.ranks(c));
    }
}
