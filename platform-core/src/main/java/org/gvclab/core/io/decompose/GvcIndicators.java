package org.gvclab.core.io.decompose;

import org.gvclab.core.io.model.IoModel;
import org.gvclab.core.io.model.LinearSolver;
import org.gvclab.core.io.model.Parallel;

/**
 * Participation, position, production length, vertical specialisation and value-added RCA (docs/methods.md#gvc-participation,
 * #production-length, #value-added-rca), following the peers of golden README §4.5–4.8.
 */
final class GvcIndicators {

    private static final IoModel.Key<double[][]> PL_SUMS_KEY = IoModel.Key.of("plSums");
    private static final IoModel.Key<double[][]> I2E = IoModel.Key.of("i2e");

    private GvcIndicators() {
    }

    static final String[] PL_SUMS = {"va", "y", "Xv", "Xv_D", "Xv_RT", "Xvd_GVC", "Ev_GVC", "Xvf_GVC", "V_D", "V_RT",
        "V_GVC", "Xy", "Xy_D", "Xy_RT", "Xyd_GVC", "Ey_GVC", "Xyf_GVC", "Y_D", "Y_RT", "Y_GVC"};

    static final String[] PL_RATIOS = {"PLv", "PLv_D", "PLv_RT", "PLvd_GVC", "CBv_GVC", "PLvf_GVC", "PLy", "PLy_D",
        "PLy_RT", "PLyd_GVC", "CBy_GVC", "PLyf_GVC", "PLv_GVC", "PLy_GVC", "GVC_POS"};

    /**
     * The 20 production-length sums per region-sector (Wang, Wei, Yu &amp; Zhu 2017, as in ADB's
     * {@code 06-production-lengths.py}): forward (rows of {@code v̂·M·ŷ} = {@code v ∘ (M·y)}) and backward
     * (columns = {@code (v'·M) ∘ y}) for M = B·B, L·L (domestic and traditional-trade final demand),
     * L·L·A_F·B, B·A_F·B, L·A_F·B·A_D·B, L and L·A_F·B. Only matrix-vector work through the factorisation.
     */
    static double[][] productionLengthSums(IoModel m) {
        return m.memo(PL_SUMS_KEY, () -> {
            int n = m.n();
            double[] v = m.v();
            double[] y = m.Y().rowSums();
            double[] yd = Products.yd(m);
            double[] yf = new double[n];
            for (int j = 0; j < n; j++) {
                yf[j] = y[j] - yd[j];
            }
            LinearSolver.Factorization lu = m.leontief();
            // forward: column vectors
            double[] by = lu.solve(y);
            double[] bby = lu.solve(by);
            double[] lyd = Products.localLeontiefTimes(m, yd);
            double[] llyd = Products.localLeontiefTimes(m, lyd);
            double[] lyf = Products.localLeontiefTimes(m, yf);
            double[] llyf = Products.localLeontiefTimes(m, lyf);
            double[] afBy = foreignTimes(m, by);
            double[] lAfBy = Products.localLeontiefTimes(m, afBy);
            double[] llAfBy = Products.localLeontiefTimes(m, lAfBy);
            double[] bAfBy = lu.solve(afBy);
            double[] adBy = domesticTimes(m, by);
            double[] bAdBy = lu.solve(adBy);
            double[] afBAdBy = foreignTimes(m, bAdBy);
            double[] lAfBAdBy = Products.localLeontiefTimes(m, afBAdBy);
            // backward: row vectors
            double[] vB = lu.solveTransposed(v);
            double[] vBB = lu.solveTransposed(vB);
            double[] vL = Products.localLeontiefTimesLeft(m, v);
            double[] vLL = Products.localLeontiefTimesLeft(m, vL);
            double[] vLAf = foreignTimesLeft(m, vL);
            double[] vLAfB = lu.solveTransposed(vLAf);
            double[] vLLAf = foreignTimesLeft(m, vLL);
            double[] vLLAfB = lu.solveTransposed(vLLAf);
            double[] vBAf = foreignTimesLeft(m, vB);
            double[] vBAfB = lu.solveTransposed(vBAf);
            double[] vLAfBAd = domesticTimesLeft(m, vLAfB);
            double[] vLAfBAdB = lu.solveTransposed(vLAfBAd);
            double[][] q = new double[n][PL_SUMS.length];
            double[] va = m.table().va();
            for (int j = 0; j < n; j++) {
                double[] r = q[j];
                r[0] = va[j];
                r[1] = y[j];
                r[2] = v[j] * bby[j];
                r[3] = v[j] * llyd[j];
                r[4] = v[j] * llyf[j];
                r[5] = v[j] * llAfBy[j];
                r[6] = v[j] * bAfBy[j];
                r[7] = v[j] * lAfBAdBy[j];
                r[8] = v[j] * lyd[j];
                r[9] = v[j] * lyf[j];
                r[10] = v[j] * lAfBy[j];
                r[11] = vBB[j] * y[j];
                r[12] = vLL[j] * yd[j];
                r[13] = vLL[j] * yf[j];
                r[14] = vLLAfB[j] * y[j];
                r[15] = vBAfB[j] * y[j];
                r[16] = vLAfBAdB[j] * y[j];
                r[17] = vL[j] * yd[j];
                r[18] = vL[j] * yf[j];
                r[19] = vLAfB[j] * y[j];
            }
            return q;
        });
    }

    /** The 15 production-length ratios from the 20 sums (a zero denominator gives NaN, as ADB's SQL does). */
    static double[] productionLengthRatios(double[] s) {
        double plv = ratio(s[2], s[0]);
        double plvD = ratio(s[3], s[8]);
        double plvRt = ratio(s[4], s[9]);
        double plvd = ratio(s[5], s[10]);
        double cbv = ratio(s[6], s[10]);
        double plvf = ratio(s[7], s[10]);
        double ply = ratio(s[11], s[1]);
        double plyD = ratio(s[12], s[17]);
        double plyRt = ratio(s[13], s[18]);
        double plyd = ratio(s[14], s[19]);
        double cby = ratio(s[15], s[19]);
        double plyf = ratio(s[16], s[19]);
        double plvGvc = plvd + cbv + plvf;
        double plyGvc = plyd + cby + plyf;
        return new double[] {plv, plvD, plvRt, plvd, cbv, plvf, ply, plyD, plyRt, plyd, cby, plyf, plvGvc, plyGvc,
            plvGvc / plyGvc};
    }

    /** {@code a / b}, NaN when b = 0 (never a silent infinity). */
    static double ratio(double a, double b) {
        return b == 0 ? Double.NaN : a / b;
    }

    /** {@code A_F·w}: foreign (off-diagonal-block) part of A times w. */
    static double[] foreignTimes(IoModel m, double[] w) {
        // Sums only the foreign blocks, so that structural zeros stay exact zeros.
        int n = m.n();
        int nSec = m.N();
        double[] a = m.A().data();
        double[] r = new double[n];
        Parallel.forRange(n, (from, to) -> {
            for (int i = from; i < to; i++) {
                int own = i / nSec;
                int o = i * n;
                double acc = 0;
                for (int k = 0; k < n; k++) {
                    if (k / nSec != own) {
                        acc += a[o + k] * w[k];
                    }
                }
                r[i] = acc;
            }
        });
        return r;
    }

    /** {@code A_D·w}: domestic (diagonal-block) part of A times w. */
    static double[] domesticTimes(IoModel m, double[] w) {
        int n = m.n();
        int nSec = m.N();
        double[] a = m.A().data();
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            int k0 = (i / nSec) * nSec;
            double acc = 0;
            for (int k = k0; k < k0 + nSec; k++) {
                acc += a[i * n + k] * w[k];
            }
            r[i] = acc;
        }
        return r;
    }

    /** {@code w'·A_F}. */
    static double[] foreignTimesLeft(IoModel m, double[] w) {
        int n = m.n();
        int nSec = m.N();
        double[] a = m.A().data();
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            double wi = w[i];
            if (wi == 0) {
                continue;
            }
            int own = i / nSec;
            int o = i * n;
            for (int k = 0; k < n; k++) {
                if (k / nSec != own) {
                    r[k] += wi * a[o + k];
                }
            }
        }
        return r;
    }

    /** {@code w'·A_D}. */
    static double[] domesticTimesLeft(IoModel m, double[] w) {
        int n = m.n();
        int nSec = m.N();
        double[] a = m.A().data();
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            int k0 = (i / nSec) * nSec;
            for (int k = k0; k < k0 + nSec; k++) {
                r[k] += w[i] * a[i * n + k];
            }
        }
        return r;
    }

    /** i2e (foreign VA in own exports, = FC) and e2r (own VA in other regions' exports) per region-sector. */
    static double[][] i2eE2r(IoModel m) {
        return m.memo(I2E, () -> {
            double[] e = m.exportsTotal();
            double[] v = m.v();
            double[] vbFor = Products.vaMultipliersByOrigin(m)[1];
            double[] be = m.leontief().solve(e);
            double[] bde = Products.domesticBlockTimes(m, e);
            int n = m.n();
            double[][] r = new double[2][n];
            for (int j = 0; j < n; j++) {
                r[0][j] = vbFor[j] * e[j];
                r[1][j] = v[j] * (be[j] - bde[j]);
            }
            return r;
        });
    }

    /** Value-added RCA (gvc::nrca): DVA_si = v_i·(Bd·E)_i, the domestic blocks of diag(v)·B·diag(E). */
    static double[] nrca(IoModel m) {
        int n = m.n();
        int nSec = m.N();
        int g = m.G();
        double[] v = m.v();
        double[] bde = Products.domesticBlockTimes(m, m.exportsTotal());
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = v[i] * bde[i];
        }
        double[] byRegion = new double[g];
        double[] bySector = new double[nSec];
        double total = 0;
        for (int i = 0; i < n; i++) {
            byRegion[i / nSec] += d[i];
            bySector[i % nSec] += d[i];
            total += d[i];
        }
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = (d[i] / byRegion[i / nSec]) / (bySector[i % nSec] / total);
        }
        return r;
    }
}
