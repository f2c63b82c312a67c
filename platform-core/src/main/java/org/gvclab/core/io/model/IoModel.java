package org.gvclab.core.io.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The computations of one table, each done once, on first use, and kept (factor once, solve many; Miller &amp; Blair 2009 ch. 2):
 * technical coefficients {@code A = Z·diag(x)^-1}, the LU factorisation of {@code I − A}, the Leontief inverse
 * {@code B}, the domestic (local) Leontief {@code L = (I − A_D)^-1}, value-added coefficients {@code v}, the
 * Ghosh matrices, exports and {@code B·Y}. Conventions follow golden README §2: {@code 1/x_j} is read as 0 where
 * {@code x_j = 0}. Results computed by other packages from these are kept here too, under a typed {@link Key}
 * that the computing class owns ({@link #memo}). Thread-safe; the matrices returned are shared, do not modify them.
 */
public final class IoModel {

    private final IoTable table;
    private final LinearSolver solver;
    private final int n;
    private final int g;
    private final int nSec;
    private final List<String> labels;
    private final ConcurrentHashMap<Key<?>, Lazy<?>> memos = new ConcurrentHashMap<>();

    private final Lazy<double[]> xInverse = new Lazy<>("xinv", this::computeXInverse);
    private final Lazy<DenseMatrix> a = new Lazy<>("A", this::computeA);
    private final Lazy<double[]> v = new Lazy<>("v", this::computeV);
    private final Lazy<LinearSolver.Factorization> leontief = new Lazy<>("luB", this::computeLeontief);
    private final Lazy<DenseMatrix> b = new Lazy<>("B", () -> leontief().inverse());
    private final Lazy<DenseMatrix> ghoshCoefficients = new Lazy<>("Bg", this::computeGhoshCoefficients);
    private final Lazy<LinearSolver.Factorization> ghosh = new Lazy<>("luG", this::computeGhosh);
    private final Lazy<DenseMatrix> gh = new Lazy<>("Gh", this::computeGh);
    private final Lazy<DenseMatrix[]> localLeontiefBlocks = new Lazy<>("Lblocks", this::computeLocalLeontiefBlocks);
    private final Lazy<DenseMatrix> exportsFinal = new Lazy<>("Ym", this::computeExportsFinal);
    private final Lazy<DenseMatrix> exportsIntermediate = new Lazy<>("Eint", this::computeExportsIntermediate);
    private final Lazy<DenseMatrix> exportsBilateral = new Lazy<>("ESR", this::computeExportsBilateral);
    private final Lazy<double[]> exportsTotal = new Lazy<>("E", () -> exportsBilateral().rowSums());
    private final Lazy<DenseMatrix> by = new Lazy<>("BY", this::computeBY);
    private final Lazy<DenseMatrix> vby = new Lazy<>("VBY", this::computeVBY);
    private final Lazy<double[]> upstreamness = new Lazy<>("U", this::computeUpstreamness);
    private final Lazy<double[]> downstreamness = new Lazy<>("D", this::computeDownstreamness);

    public IoModel(IoTable table, LinearSolver solver) {
        this.table = table;
        this.solver = solver;
        this.n = table.n();
        this.g = table.G();
        this.nSec = table.N();
        this.labels = table.labels();
    }

    /** A model using the best solver available here ({@link LinearSolver#best()}). */
    public static IoModel of(IoTable table) {
        return new IoModel(table, LinearSolver.best());
    }

    /**
     * The name and type of a result that another package computes from a model and keeps in it (for example the
     * KWW terms): declared once as a constant by the class that computes it.
     *
     * @param <T> the type of the result
     */
    public static final class Key<T> {

        private final String name;

        private Key(String name) {
            this.name = name;
        }

        /** A new key; each call gives a distinct key, whatever the name (the name only labels traces). */
        public static <T> Key<T> of(String name) {
            return new Key<>(Objects.requireNonNull(name));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** The result kept under {@code key}, computed by {@code compute} on first use (once, whoever asks). */
    @SuppressWarnings("unchecked")
    public <T> T memo(Key<T> key, Supplier<T> compute) {
        return ((Lazy<T>) memos.computeIfAbsent(key, k -> new Lazy<>(k.name, compute))).get();
    }

    public IoTable table() {
        return table;
    }

    public LinearSolver solver() {
        return solver;
    }

    public int n() {
        return n;
    }

    public int G() {
        return g;
    }

    public int N() {
        return nSec;
    }

    public List<String> labels() {
        return labels;
    }

    /** Region index of row/column j. */
    public int region(int j) {
        return j / nSec;
    }

    /** {@code 1/x} with 0 where x = 0 (golden README §2). */
    double[] xInverse() {
        return xInverse.get();
    }

    private double[] computeXInverse() {
        double[] x = table.x();
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = x[i] == 0 ? 0 : 1.0 / x[i];
        }
        return r;
    }

    /** Technical coefficients {@code A = Z·diag(x)^-1} (Miller &amp; Blair 2009, ch. 2). */
    public DenseMatrix A() {
        return a.get();
    }

    private DenseMatrix computeA() {
        double[] xi = xInverse();
        double[] z = table.Z().data();
        DenseMatrix m = new DenseMatrix(n, n);
        double[] ad = m.data();
        Parallel.forRange(n, (from, to) -> {
            for (int i = from; i < to; i++) {
                int o = i * n;
                for (int j = 0; j < n; j++) {
                    ad[o + j] = z[o + j] * xi[j];
                }
            }
        });
        return m;
    }

    /** Value-added coefficients {@code v = va·diag(x)^-1}. */
    public double[] v() {
        return v.get();
    }

    private double[] computeV() {
        double[] xi = xInverse();
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = table.va()[i] * xi[i];
        }
        return r;
    }

    /** The LU factorisation of {@code I − A}. */
    public LinearSolver.Factorization leontief() {
        return leontief.get();
    }

    private LinearSolver.Factorization computeLeontief() {
        // I − A built straight from Z (A itself is only formed when an indicator needs it)
        return solver.factor(Leontief.identityMinusScaledColumns(table.Z(), xInverse()), labels, "I − A (Leontief)");
    }

    /** The Leontief inverse {@code B = (I − A)^-1} (Miller &amp; Blair eq. 2.10; decompr's B, pymrio's L). */
    public DenseMatrix B() {
        return b.get();
    }

    /** Ghosh (allocation) coefficients {@code Bg = diag(x)^-1·Z} (Miller &amp; Blair ch. 12). */
    public DenseMatrix ghoshCoefficients() {
        return ghoshCoefficients.get();
    }

    private DenseMatrix computeGhoshCoefficients() {
        double[] xi = xInverse();
        double[] z = table.Z().data();
        DenseMatrix m = new DenseMatrix(n, n);
        double[] bd = m.data();
        Parallel.forRange(n, (from, to) -> {
            for (int i = from; i < to; i++) {
                int o = i * n;
                double s = xi[i];
                for (int j = 0; j < n; j++) {
                    bd[o + j] = z[o + j] * s;
                }
            }
        });
        return m;
    }

    /** The LU factorisation of {@code I − Bg}. */
    public LinearSolver.Factorization ghosh() {
        return ghosh.get();
    }

    private LinearSolver.Factorization computeGhosh() {
        return Leontief.factor(solver, ghoshCoefficients(), labels, "I − Bg (Ghosh)");
    }

    /**
     * The Ghosh inverse {@code Gh = (I − Bg)^-1}. When every x_j &gt; 0, {@code Gh = diag(x)^-1·B·diag(x)}
     * (Miller &amp; Blair 2009, eq. 12.9), formed from B without a second inversion; otherwise inverted itself.
     */
    public DenseMatrix Gh() {
        return gh.get();
    }

    private DenseMatrix computeGh() {
        double[] x = table.x();
        if (!allPositive(x)) {
            return ghosh().inverse();
        }
        DenseMatrix bm = B();
        DenseMatrix m = new DenseMatrix(n, n);
        double[] bd = bm.data();
        double[] gd = m.data();
        Parallel.forRange(n, (from, to) -> {
            for (int i = from; i < to; i++) {
                double inv = 1.0 / x[i];
                int o = i * n;
                for (int j = 0; j < n; j++) {
                    gd[o + j] = bd[o + j] * x[j] * inv;
                }
            }
        });
        return m;
    }

    /**
     * The blocks of the domestic (local) Leontief inverse {@code L = (I − A_D)^-1}, A_D = block-diagonal
     * domestic part of A (Wang, Wei, Yu &amp; Zhu 2017; decompr's L): element g is the N × N block of region g.
     */
    public DenseMatrix[] localLeontiefBlocks() {
        return localLeontiefBlocks.get();
    }

    private DenseMatrix[] computeLocalLeontiefBlocks() {
        DenseMatrix am = A();
        DenseMatrix[] blocks = new DenseMatrix[g];
        for (int r = 0; r < g; r++) {
            DenseMatrix add = new DenseMatrix(nSec, nSec);
            int o = r * nSec;
            for (int i = 0; i < nSec; i++) {
                System.arraycopy(am.data(), (o + i) * n + o, add.data(), i * nSec, nSec);
            }
            blocks[r] = Leontief.factor(solver, add, labels.subList(o, o + nSec),
                    "I − A_D of " + table.regions().get(r)).inverse();
        }
        return blocks;
    }

    /** Final demand by region of use Y (n × G). */
    public DenseMatrix Y() {
        return table.Y();
    }

    /** Intermediate exports by destination {@code Eint[j, r] = Σ_{k∈r} Z[j,k]}, r ≠ region(j), else 0. */
    public DenseMatrix exportsIntermediate() {
        return exportsIntermediate.get();
    }

    private DenseMatrix computeExportsIntermediate() {
        double[] z = table.Z().data();
        DenseMatrix e = new DenseMatrix(n, g);
        Parallel.forRange(n, (from, to) -> {
            for (int j = from; j < to; j++) {
                int o = j * n;
                int own = region(j);
                for (int r = 0; r < g; r++) {
                    if (r == own) {
                        continue;
                    }
                    double s = 0;
                    int k0 = r * nSec;
                    for (int k = k0; k < k0 + nSec; k++) {
                        s += z[o + k];
                    }
                    e.set(j, r, s);
                }
            }
        });
        return e;
    }

    /** Final exports by destination {@code Efd[j, r] = Y[j, r]}, r ≠ region(j), else 0 (decompr's Ym). */
    public DenseMatrix exportsFinal() {
        return exportsFinal.get();
    }

    private DenseMatrix computeExportsFinal() {
        DenseMatrix m = table.Y().copy();
        for (int j = 0; j < n; j++) {
            m.set(j, region(j), 0);
        }
        return m;
    }

    /**
     * Gross bilateral exports {@code E_sr = Σ_{k∈r} Z[j,k] + Y[j,r]} for r ≠ s (Koopman, Wang &amp; Wei 2014;
     * decompr's ESR; negative final demand kept as is).
     */
    public DenseMatrix exportsBilateral() {
        return exportsBilateral.get();
    }

    private DenseMatrix computeExportsBilateral() {
        DenseMatrix e = exportsIntermediate().copy();
        DenseMatrix ym = exportsFinal();
        for (int i = 0; i < e.data().length; i++) {
            e.data()[i] += ym.data()[i];
        }
        return e;
    }

    /** Total gross exports by region-sector {@code E_s* = Σ_{r≠s} E_sr}. */
    public double[] exportsTotal() {
        return exportsTotal.get();
    }

    /** {@code B·Y}: output needed by each region's final demand (n × G), through the factorisation. */
    public DenseMatrix BY() {
        return by.get();
    }

    private DenseMatrix computeBY() {
        return leontief().solve(table.Y());
    }

    /** Value added in final demand {@code diag(v)·B·Y} (n × G). */
    public DenseMatrix vBY() {
        return vby.get();
    }

    private DenseMatrix computeVBY() {
        DenseMatrix bym = BY();
        double[] vv = v();
        DenseMatrix r = new DenseMatrix(n, g);
        for (int j = 0; j < n; j++) {
            for (int c = 0; c < g; c++) {
                r.set(j, c, vv[j] * bym.get(j, c));
            }
        }
        return r;
    }

    /**
     * Upstreamness {@code U = Gh·1} (Antràs, Chor, Fally &amp; Hillberry 2012). When every x_j &gt; 0,
     * {@code I − Bg = diag(x)^-1·(I − A)·diag(x)}, so {@code U = diag(x)^-1·B·x}: one solve with the Leontief
     * factorisation, no second factorisation. With a zero-output sector the Ghosh system is factorised itself.
     */
    public double[] upstreamness() {
        return upstreamness.get();
    }

    private double[] computeUpstreamness() {
        double[] x = table.x();
        if (allPositive(x) && !ghosh.isDone()) {
            double[] bx = leontief().solve(x);
            double[] u = new double[n];
            for (int i = 0; i < n; i++) {
                u[i] = bx[i] / x[i];
            }
            return u;
        }
        return ghosh().solve(ones(n));
    }

    /** Downstreamness {@code D = 1'·B} (column sums of B; Miller &amp; Temurshoev 2017), through one solve. */
    public double[] downstreamness() {
        return downstreamness.get();
    }

    private double[] computeDownstreamness() {
        return leontief().solveTransposed(ones(n));
    }

    private static boolean allPositive(double[] x) {
        for (double xi : x) {
            if (!(xi > 0)) {
                return false;
            }
        }
        return true;
    }

    private static double[] ones(int n) {
        double[] r = new double[n];
        Arrays.fill(r, 1.0);
        return r;
    }
}
