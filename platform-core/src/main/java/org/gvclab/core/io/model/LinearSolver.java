package org.gvclab.core.io.model;

import java.util.List;

/**
 * Factorises square matrices such as {@code I − A} once so that many right-hand sides can be solved against
 * them (docs/methods.md#io-core: factorise once, solve many; after olca-modules' {@code MatrixSolver}). Implementations: native OpenBLAS/LAPACK
 * ({@link #openBlas()}) and pure-Java EJML ({@link #ejml()}); {@link #best()} picks the native one when its
 * library loads on this platform.
 */
public interface LinearSolver {

    /** A short name for logs and benchmarks ("openblas", "ejml"). */
    String name();

    /**
     * LU-factorises {@code m} (not modified).
     *
     * @param labels row labels of {@code m}, used to name the offending row when it is singular
     * @param what   what the matrix is (for example {@code "I − A"}), used in error messages
     * @throws SingularMatrixException when a pivot is zero or negligible
     */
    Factorization factor(DenseMatrix m, List<String> labels, String what);

    /** The native solver if its library loads here, otherwise the pure-Java one. */
    static LinearSolver best() {
        return LinearSolvers.best();
    }

    /** Native LAPACK/BLAS from OpenBLAS (Maven Central {@code org.bytedeco:openblas}, linux-x86_64 natives). */
    static LinearSolver openBlas() {
        return LinearSolvers.openBlas();
    }

    /** Pure-Java LU from EJML; works everywhere, slower on large tables. */
    static LinearSolver ejml() {
        return new EjmlSolver();
    }

    /** A factorisation {@code M = P·L·U}: solves with M and its transpose, or forms the inverse. */
    interface Factorization {

        int size();

        /** X with {@code M·X = B}. */
        DenseMatrix solve(DenseMatrix b);

        /** x with {@code M·x = b}. */
        double[] solve(double[] b);

        /** x with {@code M'·x = b}, i.e. the row vector x' with {@code x'·M = b'}. */
        double[] solveTransposed(double[] b);

        /** X with {@code M'·X = B}. */
        DenseMatrix solveTransposed(DenseMatrix b);

        /** {@code M^-1}, a new matrix. */
        DenseMatrix inverse();
    }
}
