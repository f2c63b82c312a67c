package org.gvclab.core.io;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The computations of METHODS.md §1 for one table, each done once and cached (factor once, solve many):
 * technical coefficients {@code A = Z·diag(x)^-1}, the LU factorisation of {@code I − A}, the Leontief inverse
 * {@code B}, the domestic (local) Leontief {@code L = (I − A_D)^-1}, value-added coefficients {@code v}, the
 * Ghosh matrices, and exports. Conventions follow golden README §2: {@code 1/x_j} is read as 0 where
 * {@code x_j = 0}. Thread-safe; the matrices returned are shared, do not modify them.
 */
public final class IoModel {

    /** With {@code -Dgvclab.trace=true} each cached computation prints its time to stderr (for profiling). */
    private static final boolean TRACE = Boolean.getBoolean("gvclab.trace");

    private final IoTable table;
    private final LinearSolver solver;
    private final int n;
    private final int g;
    private final int nSec;
    private final List<String> labels;
    private final Map<String, Object> cache = new ConcurrentHashMap<>();

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
    int region(int j) {
        return j / nSec;
    }

    @SuppressWarnings("unchecked")
    <T> T cached(String key, Supplier<T> compute) {
        Object v = cache.get(key);
        if (v != null) {
            return (T) v;
        }
        synchronized (cache) {
            v = cache.get(key);
            if (v == null) {
                long t0 = System.nanoTime();
                v = compute.get();
                if (TRACE) {
                    System.err.printf(java.util.Locale.ROOT, "  [io] %-10s %8.1f ms%n", key, (System.nanoTime() - t0) / 1e6);
                }
                cache.put(key, v);
            }
            return (T) v;
        }
    }

    /** {@code 1/x} with 0 where x = 0 (golden README §2). */
    double[] xInverse() {
        return cached("xinv", () -> {
            double[] x = table.x();
            double[] r = new double[n];
            for (int i = 0; i < n; i++) {
                r[i] = x[i] == 0 ? 0 : 1.0 / x[i];
            }
            return r;
        });
    }

    /** Technical coefficients {@code A = Z·diag(x)^-1} (Miller &amp; Blair 2009, ch. 2). */
    public DenseMatrix A() {
        return cached("A", () -> {
            double[] xi = xInverse();
            double[] z = table.Z().data();
            DenseMatrix a = new DenseMatrix(n, n);
            double[] ad = a.data();
            Parallel.forRange(n, (from, to) -> {
                for (int i = from; i < to; i++) {
                    int o = i * n;
                    for (int j = 0; j < n; j++) {
                        ad[o + j] = z[o + j] * xi[j];
                    }
                }
            });
            return a;
        });
    }

    /** Value-added coefficients {@code v = va·diag(x)^-1}. */
    public double[] v() {
        return cached("v", () -> {
            double[] xi = xInverse();
            double[] r = new double[n];
            for (int i = 0; i < n; i++) {
                r[i] = table.va()[i] * xi[i];
            }
            return r;
        });
    }

    /** The LU factorisation of {@code I − A}. */
    public LinearSolver.Factorization leontief() {
        return cached("luB", () -> {
            // I − A built straight from Z (A itself is only formed when an indicator needs it)
            double[] xi = xInverse();
            double[] z = table.Z().data();
            DenseMatrix m = new DenseMatrix(n, n);
            double[] md = m.data();
            Parallel.forRange(n, (from, to) -> {
                for (int i = from; i < to; i++) {
                    int o = i * n;
                    for (int j = 0; j < n; j++) {
                        md[o + j] = -(z[o + j] * xi[j]);
                    }
                    md[o + i] += 1.0;
                }
            });
            return solver.factor(m, labels, "I − A (Leontief)");
        });
    }

    /** The Leontief inverse {@code B = (I − A)^-1} (Miller &amp; Blair eq. 2.10; decompr's B, pymrio's L). */
    public DenseMatrix B() {
        return cached("B", () -> leontief().inverse());
    }

    /** Ghosh (allocation) coefficients {@code Bg = diag(x)^-1·Z} (Miller &amp; Blair ch. 12). */
    public DenseMatrix ghoshCoefficients() {
        return cached("Bg", () -> {
            double[] xi = xInverse();
            double[] z = table.Z().data();
            DenseMatrix b = new DenseMatrix(n, n);
            double[] bd = b.data();
            Parallel.forRange(n, (from, to) -> {
                for (int i = from; i < to; i++) {
                    int o = i * n;
                    double s = xi[i];
                    for (int j = 0; j < n; j++) {
                        bd[o + j] = z[o + j] * s;
                    }
                }
            });
            return b;
        });
    }

    /** The LU factorisation of {@code I − Bg}. */
    public LinearSolver.Factorization ghosh() {
        return cached("luG", () -> solver.factor(identityMinus(ghoshCoefficients()), labels, "I − Bg (Ghosh)"));
    }

    /**
     * The Ghosh inverse {@code Gh = (I − Bg)^-1}. When every x_j &gt; 0, {@code Gh = diag(x)^-1·B·diag(x)}
     * (Miller &amp; Blair 2009, eq. 12.9), formed from B without a second inversion; otherwise inverted itself.
     */
    public DenseMatrix Gh() {
        return cached("Gh", () -> {
            double[] x = table.x();
            for (double xi : x) {
                if (!(xi > 0)) {
                    return ghosh().inverse();
                }
            }
            DenseMatrix b = B();
            DenseMatrix gh = new DenseMatrix(n, n);
            double[] bd = b.data();
            double[] gd = gh.data();
            Parallel.forRange(n, (from, to) -> {
                for (int i = from; i < to; i++) {
                    double inv = 1.0 / x[i];
                    int o = i * n;
                    for (int j = 0; j < n; j++) {
                        gd[o + j] = bd[o + j] * x[j] * inv;
                    }
                }
            });
            return gh;
        });
    }

    private DenseMatrix identityMinus(DenseMatrix m) {
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
     * The blocks of the domestic (local) Leontief inverse {@code L = (I − A_D)^-1}, A_D = block-diagonal
     * domestic part of A (Wang, Wei, Yu &amp; Zhu 2017; decompr's L): element g is the N × N block of region g.
     */
    public DenseMatrix[] localLeontiefBlocks() {
        return cached("Lblocks", () -> {
            DenseMatrix a = A();
            DenseMatrix[] blocks = new DenseMatrix[g];
            for (int r = 0; r < g; r++) {
                DenseMatrix m = new DenseMatrix(nSec, nSec);
                int o = r * nSec;
                for (int i = 0; i < nSec; i++) {
                    for (int j = 0; j < nSec; j++) {
                        m.set(i, j, (i == j ? 1.0 : 0.0) - a.get(o + i, o + j));
                    }
                }
                blocks[r] = solver.factor(m, labels.subList(o, o + nSec), "I − A_D of " + table.regions().get(r))
                        .inverse();
            }
            return blocks;
        });
    }

    /** {@code L·w} for the block-diagonal local Leontief. */
    double[] localLeontiefTimes(double[] w) {
        DenseMatrix[] blocks = localLeontiefBlocks();
        double[] r = new double[n];
        for (int b = 0; b < g; b++) {
            DenseMatrix m = blocks[b];
            int o = b * nSec;
            for (int i = 0; i < nSec; i++) {
                double s = 0;
                for (int k = 0; k < nSec; k++) {
                    s += m.get(i, k) * w[o + k];
                }
                r[o + i] = s;
            }
        }
        return r;
    }

    /** {@code w'·L} for the block-diagonal local Leontief. */
    double[] localLeontiefTimesLeft(double[] w) {
        DenseMatrix[] blocks = localLeontiefBlocks();
        double[] r = new double[n];
        for (int b = 0; b < g; b++) {
            DenseMatrix m = blocks[b];
            int o = b * nSec;
            for (int k = 0; k < nSec; k++) {
                double s = 0;
                for (int i = 0; i < nSec; i++) {
                    s += w[o + i] * m.get(i, k);
                }
                r[o + k] = s;
            }
        }
        return r;
    }

    /** {@code L·W} (n × k) for the block-diagonal local Leontief. */
    DenseMatrix localLeontiefTimes(DenseMatrix w) {
        DenseMatrix[] blocks = localLeontiefBlocks();
        int k = w.cols();
        DenseMatrix r = new DenseMatrix(n, k);
        for (int b = 0; b < g; b++) {
            DenseMatrix m = blocks[b];
            int o = b * nSec;
            for (int i = 0; i < nSec; i++) {
                for (int q = 0; q < nSec; q++) {
                    double l = m.get(i, q);
                    if (l == 0) {
                        continue;
                    }
                    for (int c = 0; c < k; c++) {
                        r.add(o + i, c, l * w.get(o + q, c));
                    }
                }
            }
        }
        return r;
    }

    /** The local Leontief as a full n × n matrix (zeros off the diagonal blocks), for output. */
    public DenseMatrix localLeontief() {
        DenseMatrix[] blocks = localLeontiefBlocks();
        DenseMatrix full = new DenseMatrix(n, n);
        for (int b = 0; b < g; b++) {
            int o = b * nSec;
            for (int i = 0; i < nSec; i++) {
                System.arraycopy(blocks[b].data(), i * nSec, full.data(), (o + i) * n + o, nSec);
            }
        }
        return full;
    }

    /** Final demand by region of use Y (n × G). */
    public DenseMatrix Y() {
        return table.Y();
    }

    /** Domestic final demand {@code yd_j = Y[j, region(j)]}. */
    double[] yd() {
        return cached("yd", () -> {
            double[] r = new double[n];
            for (int j = 0; j < n; j++) {
                r[j] = table.Y().get(j, region(j));
            }
            return r;
        });
    }

    /** Final demand for exports {@code Ym} (Y with each row's own region zeroed). */
    DenseMatrix Ym() {
        return cached("Ym", () -> {
            DenseMatrix m = table.Y().copy();
            for (int j = 0; j < n; j++) {
                m.set(j, region(j), 0);
            }
            return m;
        });
    }

    /** Intermediate exports by destination {@code Eint[j, r] = Σ_{k∈r} Z[j,k]}, r ≠ region(j), else 0. */
    public DenseMatrix exportsIntermediate() {
        return cached("Eint", () -> {
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
        });
    }

    /** Final exports by destination {@code Efd[j, r] = Y[j, r]}, r ≠ region(j), else 0. */
    public DenseMatrix exportsFinal() {
        return Ym();
    }

    /**
     * Gross bilateral exports {@code E_sr = Σ_{k∈r} Z[j,k] + Y[j,r]} for r ≠ s (Koopman, Wang &amp; Wei 2014;
     * decompr's ESR; negative final demand kept as is).
     */
    public DenseMatrix exportsBilateral() {
        return cached("ESR", () -> {
            DenseMatrix e = exportsIntermediate().copy();
            DenseMatrix ym = Ym();
            for (int i = 0; i < e.data().length; i++) {
                e.data()[i] += ym.data()[i];
            }
            return e;
        });
    }

    /** Total gross exports by region-sector {@code E_s* = Σ_{r≠s} E_sr}. */
    public double[] exportsTotal() {
        return cached("E", () -> exportsBilateral().rowSums());
    }

    /** {@code B·W} through the factorisation. */
    DenseMatrix leontiefTimes(DenseMatrix w) {
        return leontief().solve(w);
    }

    /** Value added in final demand {@code diag(v)·B·Y} (n × G). */
    public DenseMatrix vBY() {
        return cached("VBY", () -> {
            DenseMatrix by = BY();
            double[] v = v();
            DenseMatrix r = new DenseMatrix(n, g);
            for (int j = 0; j < n; j++) {
                for (int c = 0; c < g; c++) {
                    r.set(j, c, v[j] * by.get(j, c));
                }
            }
            return r;
        });
    }

    /** {@code B·Y}: output needed by each region's final demand. */
    DenseMatrix BY() {
        return cached("BY", () -> leontiefTimes(table.Y()));
    }

    /**
     * Upstreamness {@code U = Gh·1} (Antràs, Chor, Fally &amp; Hillberry 2012). When every x_j &gt; 0,
     * {@code I − Bg = diag(x)^-1·(I − A)·diag(x)}, so {@code U = diag(x)^-1·B·x}: one solve with the Leontief
     * factorisation, no second factorisation. With a zero-output sector the Ghosh system is factorised itself.
     */
    public double[] upstreamness() {
        return cached("U", () -> {
            double[] x = table.x();
            boolean positive = true;
            for (double xi : x) {
                positive &= xi > 0;
            }
            if (positive && !cache.containsKey("luG")) {
                double[] bx = leontief().solve(x);
                double[] u = new double[n];
                for (int i = 0; i < n; i++) {
                    u[i] = bx[i] / x[i];
                }
                return u;
            }
            double[] ones = new double[n];
            java.util.Arrays.fill(ones, 1.0);
            return ghosh().solve(ones);
        });
    }

    /** Downstreamness {@code D = 1'·B} (column sums of B; Miller &amp; Temurshoev 2017), through one solve. */
    public double[] downstreamness() {
        return cached("D", () -> {
            double[] ones = new double[n];
            java.util.Arrays.fill(ones, 1.0);
            return leontief().solveTransposed(ones);
        });
    }

    /** Per-column value-added multipliers split by origin: [0] domestic VBdom, [1] foreign VBfor. */
    double[][] vaMultipliersByOrigin() {
        return cached("VBdomfor", () -> {
            double[][] cty = vBByRegion();
            double[] dom = new double[n];
            double[] tot = new double[n];
            for (int j = 0; j < n; j++) {
                dom[j] = cty[region(j)][j];
                double s = 0;
                for (int r = 0; r < g; r++) {
                    s += cty[r][j];
                }
                tot[j] = s;
            }
            double[] foreign = new double[n];
            for (int j = 0; j < n; j++) {
                foreign[j] = tot[j] - dom[j];
            }
            return new double[][] {dom, foreign};
        });
    }

    /** {@code VBcty[t][j] = Σ_{i∈t} v_i·B[i,j]}: value added of region t per unit of final output of j. */
    double[][] vBByRegion() {
        return cached("VBcty", () -> {
            DenseMatrix b = B();
            double[] v = v();
            double[][] r = new double[g][n];
            Parallel.forRange(g, (from, to) -> {
                for (int t = from; t < to; t++) {
                    double[] acc = r[t];
                    for (int i = t * nSec; i < (t + 1) * nSec; i++) {
                        double vi = v[i];
                        if (vi == 0) {
                            continue;
                        }
                        int o = i * n;
                        double[] bd = b.data();
                        for (int j = 0; j < n; j++) {
                            acc[j] += vi * bd[o + j];
                        }
                    }
                }
            });
            return r;
        });
    }

    /** Local domestic VA multiplier {@code VLdom_j = Σ_i v_i·L[i,j]} (decompr's VsLss column sums). */
    double[] vLocal() {
        return cached("VLdom", () -> localLeontiefTimesLeft(v()));
    }

    /**
     * {@code Bd·W} where Bd keeps the diagonal blocks of B: {@code R[j,c] = Σ_{k∈region(j)} B[j,k]·W[k,c]}.
     */
    DenseMatrix domesticBlockTimes(DenseMatrix w) {
        DenseMatrix b = B();
        int k = w.cols();
        DenseMatrix r = new DenseMatrix(n, k);
        double[] bd = b.data();
        double[] wd = w.data();
        double[] rd = r.data();
        Parallel.forRange(n, (from, to) -> {
            for (int j = from; j < to; j++) {
                int k0 = region(j) * nSec;
                int o = j * n;
                for (int q = k0; q < k0 + nSec; q++) {
                    double bjq = bd[o + q];
                    if (bjq == 0) {
                        continue;
                    }
                    for (int c = 0; c < k; c++) {
                        rd[j * k + c] += bjq * wd[q * k + c];
                    }
                }
            }
        });
        return r;
    }

    /** {@code Bd·w} for a vector. */
    double[] domesticBlockTimes(double[] w) {
        return domesticBlockTimes(new DenseMatrix(n, 1, w)).data();
    }

    /** The n × G matrix with {@code w_k} at (k, region(k)) and 0 elsewhere. */
    DenseMatrix byOwnRegion(double[] w) {
        DenseMatrix m = new DenseMatrix(n, g);
        for (int k = 0; k < n; k++) {
            m.set(k, region(k), w[k]);
        }
        return m;
    }

    /**
     * For weights W (n × G, indexed by partner row a and exporter region s), the bilateral sums
     * {@code T_m[j, r] = Σ_{a∈r} A[j,a]·W_m[a, region(j)]} for r ≠ region(j) (0 for r = region(j)), all in one
     * pass over A. These are the building blocks of the WWZ and Borin–Mancini terms.
     */
    DenseMatrix[] foreignInputSums(DenseMatrix... weights) {
        DenseMatrix a = A();
        double[] ad = a.data();
        int m = weights.length;
        DenseMatrix[] out = new DenseMatrix[m];
        for (int q = 0; q < m; q++) {
            out[q] = new DenseMatrix(n, g);
        }
        Parallel.forRange(n, (from, to) -> {
            for (int j = from; j < to; j++) {
                int s = region(j);
                int o = j * n;
                for (int r = 0; r < g; r++) {
                    if (r == s) {
                        continue;
                    }
                    for (int q = 0; q < m; q++) {
                        double[] wd = weights[q].data();
                        int wc = weights[q].cols();
                        double acc = 0;
                        for (int aIdx = r * nSec; aIdx < (r + 1) * nSec; aIdx++) {
                            acc += ad[o + aIdx] * wd[aIdx * wc + (wc == 1 ? 0 : s)];
                        }
                        out[q].set(j, r, acc);
                    }
                }
            }
        });
        return out;
    }
}
