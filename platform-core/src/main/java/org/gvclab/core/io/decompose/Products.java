package org.gvclab.core.io.decompose;

import org.gvclab.core.io.model.DenseMatrix;
import org.gvclab.core.io.model.IoModel;
import org.gvclab.core.io.model.Parallel;

/**
 * The block products the decompositions are built from (Wang, Wei &amp; Zhu 2013; Borin &amp; Mancini 2019): products
 * with the block-diagonal local Leontief {@code L}, with the diagonal blocks of {@code B}, and sums over the foreign
 * blocks of {@code A}, each in one pass and none forming an n × n × G array. Results used by several outputs are
 * kept in the model under the keys below.
 */
final class Products {

    private static final IoModel.Key<double[]> YD = IoModel.Key.of("yd");
    private static final IoModel.Key<double[][]> VA_BY_ORIGIN = IoModel.Key.of("VBdomfor");
    private static final IoModel.Key<double[][]> VB_BY_REGION = IoModel.Key.of("VBcty");
    private static final IoModel.Key<double[]> V_LOCAL = IoModel.Key.of("VLdom");

    private Products() {
    }

    /** Domestic final demand {@code yd_j = Y[j, region(j)]}. */
    static double[] yd(IoModel m) {
        return m.memo(YD, () -> {
            double[] r = new double[m.n()];
            for (int j = 0; j < m.n(); j++) {
                r[j] = m.Y().get(j, m.region(j));
            }
            return r;
        });
    }

    /** {@code B·W} through the factorisation. */
    static DenseMatrix leontiefTimes(IoModel m, DenseMatrix w) {
        return m.leontief().solve(w);
    }

    /** {@code L·w} for the block-diagonal local Leontief. */
    static double[] localLeontiefTimes(IoModel m, double[] w) {
        DenseMatrix[] blocks = m.localLeontiefBlocks();
        int n = m.n();
        int nSec = m.N();
        double[] r = new double[n];
        for (int b = 0; b < m.G(); b++) {
            DenseMatrix l = blocks[b];
            int o = b * nSec;
            for (int i = 0; i < nSec; i++) {
                double s = 0;
                for (int k = 0; k < nSec; k++) {
                    s += l.get(i, k) * w[o + k];
                }
                r[o + i] = s;
            }
        }
        return r;
    }

    /** {@code w'·L} for the block-diagonal local Leontief. */
    static double[] localLeontiefTimesLeft(IoModel m, double[] w) {
        DenseMatrix[] blocks = m.localLeontiefBlocks();
        int n = m.n();
        int nSec = m.N();
        double[] r = new double[n];
        for (int b = 0; b < m.G(); b++) {
            DenseMatrix l = blocks[b];
            int o = b * nSec;
            for (int k = 0; k < nSec; k++) {
                double s = 0;
                for (int i = 0; i < nSec; i++) {
                    s += w[o + i] * l.get(i, k);
                }
                r[o + k] = s;
            }
        }
        return r;
    }

    /** {@code L·W} (n × k) for the block-diagonal local Leontief. */
    static DenseMatrix localLeontiefTimes(IoModel m, DenseMatrix w) {
        DenseMatrix[] blocks = m.localLeontiefBlocks();
        int n = m.n();
        int nSec = m.N();
        int k = w.cols();
        DenseMatrix r = new DenseMatrix(n, k);
        for (int b = 0; b < m.G(); b++) {
            DenseMatrix l = blocks[b];
            int o = b * nSec;
            for (int i = 0; i < nSec; i++) {
                for (int q = 0; q < nSec; q++) {
                    double lv = l.get(i, q);
                    if (lv == 0) {
                        continue;
                    }
                    for (int c = 0; c < k; c++) {
                        r.add(o + i, c, lv * w.get(o + q, c));
                    }
                }
            }
        }
        return r;
    }

    /** Per-column value-added multipliers split by origin: [0] domestic VBdom, [1] foreign VBfor. */
    static double[][] vaMultipliersByOrigin(IoModel m) {
        return m.memo(VA_BY_ORIGIN, () -> {
            int n = m.n();
            double[][] cty = vBByRegion(m);
            double[] dom = new double[n];
            double[] tot = new double[n];
            for (int j = 0; j < n; j++) {
                dom[j] = cty[m.region(j)][j];
                double s = 0;
                for (int r = 0; r < m.G(); r++) {
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
    static double[][] vBByRegion(IoModel m) {
        return m.memo(VB_BY_REGION, () -> {
            int n = m.n();
            int nSec = m.N();
            DenseMatrix b = m.B();
            double[] v = m.v();
            double[][] r = new double[m.G()][n];
            double[] bd = b.data();
            Parallel.forRange(m.G(), (from, to) -> {
                for (int t = from; t < to; t++) {
                    double[] acc = r[t];
                    for (int i = t * nSec; i < (t + 1) * nSec; i++) {
                        double vi = v[i];
                        if (vi == 0) {
                            continue;
                        }
                        int o = i * n;
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
    static double[] vLocal(IoModel m) {
        return m.memo(V_LOCAL, () -> localLeontiefTimesLeft(m, m.v()));
    }

    /**
     * {@code Bd·W} where Bd keeps the diagonal blocks of B: {@code R[j,c] = Σ_{k∈region(j)} B[j,k]·W[k,c]}.
     */
    static DenseMatrix domesticBlockTimes(IoModel m, DenseMatrix w) {
        int n = m.n();
        int nSec = m.N();
        DenseMatrix b = m.B();
        int k = w.cols();
        DenseMatrix r = new DenseMatrix(n, k);
        double[] bd = b.data();
        double[] wd = w.data();
        double[] rd = r.data();
        Parallel.forRange(n, (from, to) -> {
            for (int j = from; j < to; j++) {
                int k0 = (j / nSec) * nSec;
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
    static double[] domesticBlockTimes(IoModel m, double[] w) {
        return domesticBlockTimes(m, new DenseMatrix(m.n(), 1, w)).data();
    }

    /** The n × G matrix with {@code w_k} at (k, region(k)) and 0 elsewhere. */
    static DenseMatrix byOwnRegion(IoModel m, double[] w) {
        DenseMatrix r = new DenseMatrix(m.n(), m.G());
        for (int k = 0; k < m.n(); k++) {
            r.set(k, m.region(k), w[k]);
        }
        return r;
    }

    /**
     * For weights W (n × G, indexed by partner row a and exporter region s), the bilateral sums
     * {@code T_m[j, r] = Σ_{a∈r} A[j,a]·W_m[a, region(j)]} for r ≠ region(j) (0 for r = region(j)), all in one
     * pass over A. These are the building blocks of the WWZ and Borin–Mancini terms.
     */
    static DenseMatrix[] foreignInputSums(IoModel m, DenseMatrix... weights) {
        int n = m.n();
        int g = m.G();
        int nSec = m.N();
        double[] ad = m.A().data();
        int count = weights.length;
        DenseMatrix[] out = new DenseMatrix[count];
        for (int q = 0; q < count; q++) {
            out[q] = new DenseMatrix(n, g);
        }
        Parallel.forRange(n, (from, to) -> {
            for (int j = from; j < to; j++) {
                int s = j / nSec;
                int o = j * n;
                for (int r = 0; r < g; r++) {
                    if (r == s) {
                        continue;
                    }
                    for (int q = 0; q < count; q++) {
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
