package org.gvclab.core.io.model;

import java.util.List;

/**
 * The one place where {@code I − M} is formed and factorised for a coefficient matrix M: the technical
 * coefficients A of a table (Leontief inverse {@code B = (I − A)^-1}, Miller &amp; Blair 2009 eq. 2.10), the Ghosh
 * coefficients (ch. 12), a region's domestic block {@code A_rr} or its FLQ-regionalised form (Type I multipliers,
 * ch. 6). Every caller factorises once and solves many right-hand sides (docs/PERFORMANCE.md, "IO engine").
 */
public final class Leontief {

    private Leontief() {
    }

    /** {@code I − M} for a square M, a new matrix. */
    public static DenseMatrix identityMinus(DenseMatrix m) {
        int n = requireSquare(m);
        DenseMatrix r = new DenseMatrix(n, n);
        double[] md = m.data();
        double[] rd = r.data();
        Parallel.forRange(n, (from, to) -> {
            for (int i = from; i < to; i++) {
                int o = i * n;
                for (int j = 0; j < n; j++) {
                    rd[o + j] = -md[o + j];
                }
                rd[o + i] += 1.0;
            }
        });
        return r;
    }

    /**
     * {@code I − Z·diag(s)}, a new matrix: with {@code s = 1/x} this is {@code I − A} formed straight from the flows,
     * so that A itself is only formed when an indicator needs it.
     */
    public static DenseMatrix identityMinusScaledColumns(DenseMatrix z, double[] s) {
        int n = requireSquare(z);
        if (s.length != n) {
            throw new IllegalArgumentException("column scales of length " + s.length + " for a " + z);
        }
        DenseMatrix r = new DenseMatrix(n, n);
        double[] zd = z.data();
        double[] rd = r.data();
        Parallel.forRange(n, (from, to) -> {
            for (int i = from; i < to; i++) {
                int o = i * n;
                for (int j = 0; j < n; j++) {
                    rd[o + j] = -(zd[o + j] * s[j]);
                }
                rd[o + i] += 1.0;
            }
        });
        return r;
    }

    /**
     * Factorises {@code I − M}.
     *
     * @param labels row labels of M (name the row where a singular system breaks down)
     * @param what   what {@code I − M} is, for messages (for example {@code "I − A_rr of CHN"})
     * @throws SingularMatrixException when {@code I − M} is singular
     */
    public static LinearSolver.Factorization factor(LinearSolver solver, DenseMatrix m, List<String> labels,
                                                    String what) {
        return solver.factor(identityMinus(m), labels, what);
    }

    private static int requireSquare(DenseMatrix m) {
        if (m.rows() != m.cols()) {
            throw new IllegalArgumentException("a coefficient matrix must be square, got " + m);
        }
        return m.rows();
    }
}
