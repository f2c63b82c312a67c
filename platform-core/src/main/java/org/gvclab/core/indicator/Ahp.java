package org.gvclab.core.indicator;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The Analytic Hierarchy Process (Saaty 1977, 1980; docs/model.md, "Composite indices"): priorities as the principal right eigenvector
 * of a positive reciprocal pairwise-comparison matrix, {@code λmax}, {@code CI = (λmax − n)/(n − 1)},
 * {@code CR = CI / RI} with Saaty's random index, judgements acceptable when CR &lt; 0.10; group judgements by the
 * element-wise geometric mean of the members' matrices (Aczél &amp; Saaty 1983). When CR ≥ 0.10 it names the judgement
 * to revisit first: the pair (i, j) whose entry deviates most from the derived ratio, {@code max |ln(a_ij w_j / w_i)|}.
 */
public final class Ahp {

    /** Saaty's random consistency index RI for n = 1…10 (index n − 1), as listed in docs/model.md, "Composite indices". */
    public static final List<Double> RANDOM_INDEX = List.of(0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49);
    /** The usual acceptance threshold for CR (Saaty 1980). */
    public static final double CR_THRESHOLD = 0.10;
    /** Saaty's 1–9 scale and its reciprocals, for suggesting a revised judgement. */
    private static final double[] SCALE = {1.0 / 9, 1.0 / 8, 1.0 / 7, 1.0 / 6, 1.0 / 5, 1.0 / 4, 1.0 / 3, 1.0 / 2,
            1, 2, 3, 4, 5, 6, 7, 8, 9};

    /**
     * A judgement worth revisiting: the pair whose entry deviates most from the ratio of the derived priorities.
     *
     * @param row       0-based row i of the entry a_ij
     * @param column    0-based column j
     * @param current   the judgement a_ij as given
     * @param suggested the value on Saaty's scale nearest to what the other judgements imply for the pair: the
     *                  geometric mean of the indirect comparisons {@code a_ik · a_kj} over k ≠ i, j
     * @param deviation {@code |ln(a_ij · w_j / w_i)|}
     */
    public record Revision(int row, int column, double current, double suggested, double deviation) {
    }

    /**
     * The result of an AHP comparison.
     *
     * @param matrix    the (group) pairwise matrix used
     * @param weights   the priorities, adding up to 1
     * @param lambdaMax the principal eigenvalue
     * @param ci        the consistency index
     * @param ri        the random index for n
     * @param cr        the consistency ratio (0 for n ≤ 2)
     * @param revisit   for CR ≥ 0.10, the judgement to revisit first; otherwise {@code null}
     */
    public record Result(double[][] matrix, double[] weights, double lambdaMax, double ci, double ri, double cr,
                         @Nullable Revision revisit) {

        /** Whether the judgements are acceptably consistent (CR &lt; 0.10). */
        public boolean consistent() {
            return cr < CR_THRESHOLD;
        }
    }

    private Ahp() {
    }

    /** Priorities and consistency of one pairwise-comparison matrix. */
    public static Result of(double[][] a) {
        int n = check(a, "the matrix");
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0 / n);
        for (int iter = 0; iter < 100_000; iter++) {
            double[] next = multiply(a, w);
            double sum = 0;
            for (double v : next) {
                sum += v;
            }
            double diff = 0;
            for (int i = 0; i < n; i++) {
                next[i] /= sum;
                diff = Math.max(diff, Math.abs(next[i] - w[i]));
            }
            w = next;
            if (diff < 1e-14) {
                break;
            }
        }
        double[] aw = multiply(a, w);
        double lambda = 0;
        for (int i = 0; i < n; i++) {
            lambda += aw[i] / w[i];
        }
        lambda /= n;
        double ci = n <= 2 ? 0 : Math.max(0, (lambda - n) / (n - 1));
        double ri = RANDOM_INDEX.get(n - 1);
        double cr = n <= 2 ? 0 : ci / ri;
        Revision revisit = cr >= CR_THRESHOLD ? revision(a, w) : null;
        double[][] copy = new double[n][];
        for (int i = 0; i < n; i++) {
            copy[i] = a[i].clone();
        }
        return new Result(copy, w, lambda, ci, ri, cr, revisit);
    }

    /**
     * Group priorities: the element-wise geometric mean of the members' matrices (Aczél &amp; Saaty 1983, which keeps
     * reciprocity), then {@link #of(double[][])} on it.
     */
    public static Result group(List<double[][]> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a group needs at least one member's matrix");
        }
        int n = check(members.get(0), "member 1's matrix");
        double[][] g = new double[n][n];
        for (int k = 0; k < members.size(); k++) {
            double[][] a = members.get(k);
            if (check(a, "member " + (k + 1) + "'s matrix") != n) {
                throw new IllegalArgumentException("member " + (k + 1) + "'s matrix is " + a.length + "×" + a.length
                        + ", member 1's is " + n + "×" + n);
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    g[i][j] += Math.log(a[i][j]);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                g[i][j] = Math.exp(g[i][j] / members.size());
            }
        }
        return of(g);
    }

    private static Revision revision(double[][] a, double[] w) {
        int n = a.length;
        Revision best = null;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double dev = Math.abs(Math.log(a[i][j] * w[j] / w[i]));
                if (best == null || dev > best.deviation()) {
                    best = new Revision(i, j, a[i][j], nearestOnScale(indirect(a, i, j)), dev);
                }
            }
        }
        return best;
    }

    /** The geometric mean of the indirect judgements {@code a_ik a_kj}, k ≠ i, j (n ≥ 3, which CR ≥ 0.10 implies). */
    private static double indirect(double[][] a, int i, int j) {
        double logSum = 0;
        int count = 0;
        for (int k = 0; k < a.length; k++) {
            if (k != i && k != j) {
                logSum += Math.log(a[i][k] * a[k][j]);
                count++;
            }
        }
        return Math.exp(logSum / count);
    }

    static double nearestOnScale(double ratio) {
        double best = 1;
        for (double s : SCALE) {
            if (Math.abs(Math.log(s / ratio)) < Math.abs(Math.log(best / ratio))) {
                best = s;
            }
        }
        return best;
    }

    private static double[] multiply(double[][] a, double[] w) {
        double[] out = new double[w.length];
        for (int i = 0; i < a.length; i++) {
            double s = 0;
            for (int j = 0; j < w.length; j++) {
                s += a[i][j] * w[j];
            }
            out[i] = s;
        }
        return out;
    }

    private static int check(double[][] a, String what) {
        int n = a.length;
        if (n < 1 || n > RANDOM_INDEX.size()) {
            throw new IllegalArgumentException(what + " must be 1×1 to 10×10 (Saaty's RI table), got " + n + " rows");
        }
        for (int i = 0; i < n; i++) {
            if (a[i].length != n) {
                throw new IllegalArgumentException(what + ": row " + (i + 1) + " has " + a[i].length + " entries, expected " + n);
            }
            for (int j = 0; j < n; j++) {
                double v = a[i][j];
                if (!Double.isFinite(v) || v <= 0) {
                    throw new IllegalArgumentException(what + ": entry (" + (i + 1) + ", " + (j + 1) + ") = " + v + " must be positive");
                }
            }
            if (Math.abs(a[i][i] - 1) > 1e-9) {
                throw new IllegalArgumentException(what + ": diagonal entry (" + (i + 1) + ", " + (i + 1) + ") must be 1, got " + a[i][i]);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (Math.abs(a[i][j] * a[j][i] - 1) > 1e-3) {
                    throw new IllegalArgumentException(what + ": entries (" + (i + 1) + ", " + (j + 1) + ") = " + a[i][j]
                            + " and (" + (j + 1) + ", " + (i + 1) + ") = " + a[j][i] + " are not reciprocal");
                }
            }
        }
        return n;
    }
}
