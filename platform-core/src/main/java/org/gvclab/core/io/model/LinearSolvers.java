package org.gvclab.core.io.model;

import java.util.List;

/** Chooses and loads the solver implementations; the native one is loaded once, lazily. */
final class LinearSolvers {

    private static volatile LinearSolver openBlas;
    private static volatile String nativeFailure;

    private LinearSolvers() {
    }

    static LinearSolver best() {
        String forced = System.getProperty("gvclab.solver", System.getenv("GVCLAB_SOLVER"));
        if ("ejml".equalsIgnoreCase(forced)) {
            return new EjmlSolver();
        }
        try {
            return openBlas();
        } catch (LinkageError | IllegalStateException e) {
            return new EjmlSolver();
        }
    }

    static synchronized LinearSolver openBlas() {
        if (openBlas != null) {
            return openBlas;
        }
        if (nativeFailure != null) {
            throw new IllegalStateException("OpenBLAS is not available here: " + nativeFailure);
        }
        try {
            openBlas = new OpenBlasSolver();
            return openBlas;
        } catch (LinkageError | RuntimeException e) {
            nativeFailure = e.toString();
            throw new IllegalStateException("OpenBLAS is not available here: " + nativeFailure, e);
        }
    }

    /** Shared check of the diagonal of U: a zero or negligible pivot (relative to the largest) means singular. */
    static void checkPivots(double[] uDiag, List<String> labels, String what) {
        double max = 0;
        for (double d : uDiag) {
            if (!Double.isFinite(d)) {
                throw new SingularMatrixException(what, "?", "a non-finite value appeared during elimination");
            }
            max = Math.max(max, Math.abs(d));
        }
        for (int i = 0; i < uDiag.length; i++) {
            if (Math.abs(uDiag[i]) <= max * 1e-13) {
                String label = i < labels.size() ? labels.get(i) : "#" + (i + 1);
                throw new SingularMatrixException(what, label, "pivot " + (i + 1) + " of " + uDiag.length
                        + " is " + uDiag[i] + ", the largest is " + max);
            }
        }
    }
}
