package org.gvclab.core.io;

/**
 * Type I multipliers from a (regional) coefficient matrix (METHODS.md §1; Miller &amp; Blair 2009 ch. 6):
 * with {@code L = (I − A)^-1}, output multipliers {@code 1'·L}, value-added multipliers {@code v·L} and
 * employment multipliers {@code e·L} (v, e = value added and jobs per unit of output).
 *
 * @param output     column sums of L
 * @param valueAdded v·L
 * @param employment e·L
 */
public record Multipliers(double[] output, double[] valueAdded, double[] employment) {

    /** Computes the three multiplier vectors with one factorisation of {@code I − A}. */
    public static Multipliers typeI(DenseMatrix a, double[] v, double[] e, LinearSolver solver) {
        int n = a.rows();
        if (a.cols() != n || v.length != n || e.length != n) {
            throw new IllegalArgumentException("A must be N × N and v, e of length N = " + n);
        }
        DenseMatrix m = DenseMatrix.identity(n);
        for (int k = 0; k < n * n; k++) {
            m.data()[k] -= a.data()[k];
        }
        java.util.List<String> labels = java.util.stream.IntStream.range(0, n).mapToObj(i -> "sector " + (i + 1))
                .toList();
        LinearSolver.Factorization lu = solver.factor(m, labels, "I − A (regional)");
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1.0);
        return new Multipliers(lu.solveTransposed(ones), lu.solveTransposed(v), lu.solveTransposed(e));
    }

    /** The effect of a final-demand change Δy: extra output {@code L·Δy}. */
    public static double[] outputEffect(DenseMatrix a, double[] deltaY, LinearSolver solver) {
        int n = a.rows();
        DenseMatrix m = DenseMatrix.identity(n);
        for (int k = 0; k < n * n; k++) {
            m.data()[k] -= a.data()[k];
        }
        java.util.List<String> labels = java.util.stream.IntStream.range(0, n).mapToObj(i -> "sector " + (i + 1))
                .toList();
        return solver.factor(m, labels, "I − A (regional)").solve(deltaY);
    }
}
