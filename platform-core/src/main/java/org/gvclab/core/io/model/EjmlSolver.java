package org.gvclab.core.io.model;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.decomposition.lu.LUDecompositionAlt_DDRM;
import org.ejml.dense.row.linsol.lu.LinearSolverLu_DDRM;

/** Pure-Java LU from EJML (row-major, like {@link DenseMatrix}); the fallback where no native library loads. */
final class EjmlSolver implements LinearSolver {

    @Override
    public String name() {
        return "ejml";
    }

    @Override
    public Factorization factor(DenseMatrix m, List<String> labels, String what) {
        if (m.rows() != m.cols()) {
            throw new IllegalArgumentException(what + " is not square: " + m);
        }
        return new Lu(m, factorOnly(m, labels, what), labels, what);
    }

    private static LinearSolverLu_DDRM factorOnly(DenseMatrix m, List<String> labels, String what) {
        int n = m.rows();
        LUDecompositionAlt_DDRM decomposition = new LUDecompositionAlt_DDRM();
        LinearSolverLu_DDRM solver = new LinearSolverLu_DDRM(decomposition);
        DMatrixRMaj a = DMatrixRMaj.wrap(n, n, m.data().clone());
        solver.setA(a);
        DMatrixRMaj lu = decomposition.getLU();
        double[] diag = new double[n];
        for (int i = 0; i < n; i++) {
            diag[i] = lu.get(i, i);
        }
        LinearSolvers.checkPivots(diag, labels, what);
        return solver;
    }

    private static final class Lu implements Factorization {

        private final int n;
        private final DenseMatrix original;
        private final LinearSolverLu_DDRM solver;
        private final List<String> labels;
        private final String what;
        private LinearSolverLu_DDRM transposed;

        Lu(DenseMatrix original, LinearSolverLu_DDRM solver, List<String> labels, String what) {
            this.n = original.rows();
            this.original = original.copy();
            this.solver = solver;
            this.labels = labels;
            this.what = what;
        }

        @Override
        public int size() {
            return n;
        }

        @Override
        public DenseMatrix solve(DenseMatrix b) {
            return solveWith(solver, b);
        }

        @Override
        public double[] solve(double[] b) {
            return solve(new DenseMatrix(b.length, 1, b.clone())).data();
        }

        @Override
        public double[] solveTransposed(double[] b) {
            return solveTransposed(new DenseMatrix(b.length, 1, b.clone())).data();
        }

        @Override
        public synchronized DenseMatrix solveTransposed(DenseMatrix b) {
            if (transposed == null) {
                transposed = factorOnly(original.transpose(), labels, what + "'");
            }
            return solveWith(transposed, b);
        }

        private DenseMatrix solveWith(LinearSolverLu_DDRM s, DenseMatrix b) {
            if (b.rows() != n) {
                throw new IllegalArgumentException("right-hand side has " + b.rows() + " rows, not " + n);
            }
            DMatrixRMaj rhs = DMatrixRMaj.wrap(b.rows(), b.cols(), b.data().clone());
            DMatrixRMaj x = new DMatrixRMaj(b.rows(), b.cols());
            synchronized (s) {
                s.solve(rhs, x);
            }
            return new DenseMatrix(b.rows(), b.cols(), x.data);
        }

        @Override
        public DenseMatrix inverse() {
            DMatrixRMaj inv = new DMatrixRMaj(n, n);
            synchronized (solver) {
                solver.invert(inv);
            }
            return new DenseMatrix(n, n, inv.data);
        }
    }
}
