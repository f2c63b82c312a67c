package org.gvclab.core.io.model;

import static org.bytedeco.openblas.global.openblas.LAPACKE_dgetrf;
import static org.bytedeco.openblas.global.openblas.LAPACKE_dgetri;
import static org.bytedeco.openblas.global.openblas.LAPACKE_dgetrs;
import static org.bytedeco.openblas.global.openblas.LAPACK_COL_MAJOR;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.openblas.global.openblas;
import org.bytedeco.openblas.global.openblas_full;

/**
 * LU with LAPACK's {@code dgetrf}/{@code dgetrs}/{@code dgetri} from OpenBLAS. Our row-major array of M is
 * the column-major array of M', so we factor M' = P·L·U and solve with M through {@code trans = 'T'}.
 */
final class OpenBlasSolver implements LinearSolver {

    /**
     * LAPACK runs on one dedicated thread with a large stack: OpenBLAS's threaded kernels crash (SIGSEGV) when
     * called from a thread with the JVM's default 1 MB stack (measured here: n = 245 crashes, -Xss16m works).
     */
    private static final ExecutorService LAPACK = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(null, r, "gvclab-lapack", 256L << 20);
        t.setDaemon(true);
        return t;
    });

    static <T> T onLapackThread(Callable<T> work) {
        try {
            return LAPACK.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for LAPACK", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    OpenBlasSolver() {
        onLapackThread(() -> Loader.load(openblas.class));
        int threads = blasThreads();
        // the thread count is set through the "full" bindings, which share the one loaded libopenblas
        onLapackThread(() -> {
            Loader.load(openblas_full.class);
            openblas_full.openblas_set_num_threads(threads);
            return null;
        });
    }

    /**
     * Threads OpenBLAS may use: {@code gvclab.blas.threads} or {@code GVCLAB_BLAS_THREADS}, else half the cores (at
     * least one). The engine formats and writes outputs on its own threads while LAPACK runs, and OpenBLAS's
     * threads busy-wait for work: on the 2-core machine here, shared with other builds, one BLAS thread factorised
     * and inverted a 2,464-row I − A in 1.3 s where two took 5.9 s (docs/PERFORMANCE.md, "IO engine").
     */
    static int blasThreads() {
        String s = System.getProperty("gvclab.blas.threads", System.getenv("GVCLAB_BLAS_THREADS"));
        if (s != null && !s.isBlank()) {
            try {
                return Math.max(1, Integer.parseInt(s.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("gvclab.blas.threads must be a whole number, got '" + s + "'", e);
            }
        }
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    @Override
    public String name() {
        return "openblas";
    }

    @Override
    public Factorization factor(DenseMatrix m, List<String> labels, String what) {
        if (m.rows() != m.cols()) {
            throw new IllegalArgumentException(what + " is not square: " + m);
        }
        int n = m.rows();
        // the factors live off-heap, so that each solve does not copy n² doubles through JNI
        DoublePointer lu = new DoublePointer(Math.max(1L, (long) n * n));
        lu.put(m.data());
        IntPointer ipiv = new IntPointer(Math.max(1L, n));
        if (n > 0) {
            int info = onLapackThread(() -> LAPACKE_dgetrf(LAPACK_COL_MAJOR, n, n, lu, n, ipiv));
            if (info < 0) {
                throw new IllegalStateException("dgetrf argument " + (-info) + " was illegal");
            }
        }
        double[] diag = new double[n];
        for (int i = 0; i < n; i++) {
            diag[i] = lu.get((long) i * n + i);
        }
        LinearSolvers.checkPivots(diag, labels, what);
        return new Lu(n, lu, ipiv);
    }

    private record Lu(int n, DoublePointer lu, IntPointer ipiv) implements Factorization {

        @Override
        public int size() {
            return n;
        }

        @Override
        public double[] solve(double[] b) {
            return solveRaw(b, 1, (byte) 'T');
        }

        @Override
        public double[] solveTransposed(double[] b) {
            return solveRaw(b, 1, (byte) 'N');
        }

        @Override
        public DenseMatrix solve(DenseMatrix b) {
            return solveMatrix(b, (byte) 'T');
        }

        @Override
        public DenseMatrix solveTransposed(DenseMatrix b) {
            return solveMatrix(b, (byte) 'N');
        }

        private DenseMatrix solveMatrix(DenseMatrix b, byte trans) {
            if (b.rows() != n) {
                throw new IllegalArgumentException("right-hand side has " + b.rows() + " rows, not " + n);
            }
            int k = b.cols();
            if (k == 1) {
                return new DenseMatrix(n, 1, solveRaw(b.data(), 1, trans));
            }
            // column-major n×k right-hand side = row-major k×n = transpose of b
            double[] cm = b.transpose().data();
            double[] x = solveRaw(cm, k, trans);
            return new DenseMatrix(k, n, x).transpose();
        }

        private double[] solveRaw(double[] b, int nrhs, byte trans) {
            if (b.length != n * nrhs) {
                throw new IllegalArgumentException("right-hand side of length " + b.length + ", expected " + n * nrhs);
            }
            if (n == 0 || nrhs == 0) {
                return b.clone();
            }
            try (DoublePointer x = new DoublePointer(b)) {
                int info = onLapackThread(() -> LAPACKE_dgetrs(LAPACK_COL_MAJOR, trans, n, nrhs, lu, n, ipiv, x, n));
                if (info != 0) {
                    throw new IllegalStateException("dgetrs failed with info " + info);
                }
                double[] out = new double[b.length];
                x.get(out);
                return out;
            }
        }

        @Override
        public DenseMatrix inverse() {
            double[] out = new double[n * n];
            if (n > 0) {
                try (DoublePointer inv = new DoublePointer((long) n * n);
                        IntPointer piv = new IntPointer((long) n)) {
                    Pointer.memcpy(inv, lu, (long) n * n * Double.BYTES);
                    Pointer.memcpy(piv, ipiv, (long) n * Integer.BYTES);
                    int info = onLapackThread(() -> LAPACKE_dgetri(LAPACK_COL_MAJOR, n, inv, n, piv));
                    if (info != 0) {
                        throw new IllegalStateException("dgetri failed with info " + info);
                    }
                    inv.get(out);
                }
            }
            // (M')^-1 column-major is M^-1 row-major
            return new DenseMatrix(n, n, out);
        }
    }
}
