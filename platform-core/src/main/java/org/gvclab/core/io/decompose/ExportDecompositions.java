package org.gvclab.core.io.decompose;

import org.gvclab.core.io.model.DenseMatrix;
import org.gvclab.core.io.model.IoModel;
import org.gvclab.core.io.model.Parallel;

/**
 * Gross-export decompositions (docs/methods.md#export-decompositions): KWW (Koopman, Wang &amp; Wei 2014, 9 terms,
 * country level), WWZ (Wang, Wei &amp; Zhu 2013, 16 terms by exporter × sector × importer) and Borin–Mancini
 * (2019) exporter perspective, source approach. Term definitions follow decompr 7.0.0 ({@code kww.R},
 * {@code wwz.R}, {@code bm.R}), rewritten so that no n × n × n product is needed: every WWZ term is
 * {@code c_j·Σ_{a∈r} A[j,a]·W[a, s]} for an n × G weight matrix W (see {@link Products#foreignInputSums}).
 */
final class ExportDecompositions {

    private static final IoModel.Key<double[][]> KWW = IoModel.Key.of("kww");
    private static final IoModel.Key<BmParts> BM_PARTS = IoModel.Key.of("bmParts");
    private static final IoModel.Key<double[][]> BM_SECTOR = IoModel.Key.of("bmSector");

    private ExportDecompositions() {
    }

    /** The nine KWW terms per region-sector (summed to country level for output; the sector split is not valid). */
    static double[][] kwwTerms(IoModel m) {
        return m.memo(KWW, () -> {
            int n = m.n();
            double[] v = m.v();
            double[] e = m.exportsTotal();
            DenseMatrix ym = m.exportsFinal();
            double[] yd = Products.yd(m);
            double[] ymRow = ym.rowSums();
            DenseMatrix vby = m.vBY();
            DenseMatrix by = m.BY();
            // T1: v_j·Σ_{k∈s} B[j,k]·ym_k
            double[] bdYm = Products.domesticBlockTimes(m, ymRow);
            // T2: v_j·Σ_{k∉s} B[j,k]·yd_k
            double[] bYd = m.leontief().solve(yd);
            double[] bdYd = Products.domesticBlockTimes(m, yd);
            // T4: v_j·Σ_{k∉s} B[j,k]·Y[k,s]
            DenseMatrix bdY = Products.domesticBlockTimes(m, m.Y());
            // T5, T6: v_j·(B·P)[j,s] with P[k,t] = Σ_{a∈t} A[k,a]·(L·w)_a, t ≠ region(k)
            double[] lyd = Products.localLeontiefTimes(m, yd);
            double[] le = Products.localLeontiefTimes(m, e);
            DenseMatrix[] p = Products.foreignInputSums(m, new DenseMatrix(n, 1, lyd), new DenseMatrix(n, 1, le));
            DenseMatrix bp5 = Products.leontiefTimes(m, p[0]);
            DenseMatrix bp6 = Products.leontiefTimes(m, p[1]);
            double[] amLyd = p[0].rowSums();
            double[] vbFor = Products.vaMultipliersByOrigin(m)[1];
            double[][] t = new double[9][n];
            for (int j = 0; j < n; j++) {
                int s = m.region(j);
                double vae = 0;
                for (int r = 0; r < m.G(); r++) {
                    if (r != s) {
                        vae += vby.get(j, r);
                    }
                }
                t[0][j] = v[j] * bdYm[j];
                t[1][j] = v[j] * (bYd[j] - bdYd[j]);
                t[2][j] = vae - (t[0][j] + t[1][j]);
                t[3][j] = v[j] * (by.get(j, s) - bdY.get(j, s));
                t[4][j] = v[j] * bp5.get(j, s);
                t[5][j] = v[j] * bp6.get(j, s);
                t[6][j] = vbFor[j] * ymRow[j];
                t[7][j] = vbFor[j] * amLyd[j];
                t[8][j] = e[j] - (vae + t[3][j] + t[4][j] + t[5][j] + t[6][j] + t[7][j]);
            }
            return t;
        });
    }

    static final String[] KWW_TERMS = {"DVA_FIN", "DVA_INT", "DVA_INTrex", "RDV_FIN", "RDV_INT", "DDC", "FVA_FIN",
        "FVA_INT", "FDC"};

    /** KWW terms summed by exporting region: [region][term]. */
    static double[][] kwwCountry(IoModel m) {
        double[][] t = kwwTerms(m);
        double[][] c = new double[m.G()][9];
        for (int j = 0; j < m.n(); j++) {
            for (int q = 0; q < 9; q++) {
                c[m.region(j)][q] += t[q][j];
            }
        }
        return c;
    }

    static final String[] WWZ_COLUMNS = {"DVA_FIN", "DVA_INT", "DVA_INTrexI1", "DVA_INTrexF", "DVA_INTrexI2",
        "RDV_INT", "RDV_FIN", "RDV_FIN2", "OVA_FIN", "MVA_FIN", "OVA_INT", "MVA_INT", "DDC_FIN", "DDC_INT", "ODC",
        "MDC", "texp", "texpint", "texpfd", "texpdiff", "texpdiffpercent", "texpfddiff", "texpfddiffpercent",
        "texpintdiff", "texpintdiffpercent", "DViX_Fsr"};

    /**
     * WWZ: values [row = j·G + r][column of {@link #WWZ_COLUMNS}], exporter j (region-sector), importer r,
     * including the all-zero rows r = region(j) as decompr writes them.
     */
    static double[][] wwz(IoModel m) {
        int n = m.n();
        int g = m.G();
        DenseMatrix y = m.Y();
        DenseMatrix ym = m.exportsFinal();
        double[] yd = Products.yd(m);
        double[] x = m.table().x();
        double[] e = m.exportsTotal();
        double[] c = Products.vLocal(m);
        double[][] domFor = Products.vaMultipliersByOrigin(m);
        double[] vbDom = domFor[0];
        double[] vbFor = domFor[1];
        double[][] vbCty = Products.vBByRegion(m);
        DenseMatrix esr = m.exportsBilateral();
        DenseMatrix eint = m.exportsIntermediate();

        DenseMatrix ydMat = Products.byOwnRegion(m, yd);
        DenseMatrix bYdMat = Products.leontiefTimes(m, ydMat); // BYd[a,s] = Σ_{k∈s} B[a,k]·yd_k
        double[] bdyd = new double[n]; // Σ_{k∈region(a)} B[a,k]·yd_k
        double[] byd = new double[n]; // Σ_k B[a,k]·yd_k
        for (int a = 0; a < n; a++) {
            bdyd[a] = bYdMat.get(a, m.region(a));
            double s = 0;
            for (int t = 0; t < g; t++) {
                s += bYdMat.get(a, t);
            }
            byd[a] = s;
        }
        DenseMatrix bdY = Products.domesticBlockTimes(m, y);
        DenseMatrix bY = m.BY();
        double[] ymRow = ym.rowSums();
        DenseMatrix bYmd = Products.leontiefTimes(m, Products.byOwnRegion(m, ymRow));
        // U[k,s] = Σ_{t∉{s,region(k)}} Y[k,t] for region(k) ≠ s, else 0
        DenseMatrix u = new DenseMatrix(n, g);
        for (int k = 0; k < n; k++) {
            int own = m.region(k);
            double tot = ymRow[k];
            for (int s = 0; s < g; s++) {
                if (s != own) {
                    u.set(k, s, tot - y.get(k, s));
                }
            }
        }
        DenseMatrix bU = Products.leontiefTimes(m, u);
        DenseMatrix bdU = Products.domesticBlockTimes(m, u);

        DenseMatrix w2 = new DenseMatrix(n, 1, bdyd);
        DenseMatrix w3 = new DenseMatrix(n, g);
        DenseMatrix w4 = new DenseMatrix(n, g);
        DenseMatrix w5 = new DenseMatrix(n, g);
        DenseMatrix w8 = new DenseMatrix(n, g);
        for (int a = 0; a < n; a++) {
            int own = m.region(a);
            double bdYrow = 0;
            for (int t = 0; t < g; t++) {
                bdYrow += bdY.get(a, t);
            }
            for (int s = 0; s < g; s++) {
                if (s == own) {
                    continue;
                }
                w3.set(a, s, byd[a] - bdyd[a] - bYdMat.get(a, s));
                w4.set(a, s, bdYrow - bdY.get(a, s) - bdY.get(a, own));
                w5.set(a, s, bU.get(a, s) - bdU.get(a, s));
                w8.set(a, s, bY.get(a, s) - bdY.get(a, s) - bYdMat.get(a, s));
            }
        }
        double[] lyd = Products.localLeontiefTimes(m, yd);
        double[] le = Products.localLeontiefTimes(m, e);
        DenseMatrix[] f = Products.foreignInputSums(m, w2, w3, w4, w5, bYdMat, bdY, w8, bYmd, new DenseMatrix(n, 1, x),
                new DenseMatrix(n, 1, lyd), new DenseMatrix(n, 1, le));
        DenseMatrix lEsr = Products.localLeontiefTimes(m, esr);
        double[] v = m.v();

        double[][] out = new double[n * g][WWZ_COLUMNS.length];
        for (int j = 0; j < n; j++) {
            int s = m.region(j);
            for (int r = 0; r < g; r++) {
                double[] o = out[j * g + r];
                if (r != s) {
                    double cj = c[j];
                    double ymjr = ym.get(j, r);
                    double mva = vbCty[r][j];
                    double ova = vbFor[j] - mva;
                    o[0] = ymjr * vbDom[j];
                    o[1] = cj * f[0].get(j, r);
                    o[2] = cj * f[1].get(j, r);
                    o[3] = cj * f[2].get(j, r);
                    o[4] = cj * f[3].get(j, r);
                    o[5] = cj * f[4].get(j, r);
                    o[6] = cj * f[5].get(j, r);
                    o[7] = cj * f[6].get(j, r);
                    o[8] = ymjr * ova;
                    o[9] = ymjr * mva;
                    double zz = f[9].get(j, r);
                    o[10] = zz * ova;
                    o[11] = zz * mva;
                    o[12] = cj * f[7].get(j, r);
                    o[13] = (vbDom[j] - cj) * f[8].get(j, r);
                    double zz15 = f[10].get(j, r);
                    o[14] = zz15 * ova;
                    o[15] = zz15 * mva;
                }
                o[16] = esr.get(j, r);
                o[17] = eint.get(j, r);
                o[18] = ym.get(j, r);
                double all = 0;
                double fd = o[0] + o[8] + o[9];
                for (int q = 0; q < 16; q++) {
                    all += o[q];
                }
                double inter = all - fd;
                double diff = all - o[16];
                double fdDiff = fd - o[18];
                double intDiff = inter - o[17];
                o[19] = round4(diff);
                o[20] = round4(percent(diff, o[16]));
                o[21] = round4(fdDiff);
                o[22] = round4(percent(fdDiff, o[18]));
                o[23] = round4(intDiff);
                o[24] = round4(percent(intDiff, o[17]));
                o[25] = v[j] * lEsr.get(j, r);
            }
        }
        return out;
    }

    /** decompr's {@code x / total * 100} with NaN (0/0) as 0; a zero total gives 0 here too. */
    private static double percent(double diff, double total) {
        if (total == 0) {
            return 0;
        }
        return diff / total * 100;
    }

    /** R's {@code round(x, 4)}. */
    static double round4(double x) {
        return Math.rint(x * 1e4) / 1e4;
    }

    static final String[] BM_TERMS = {"GEXP", "DC", "DVA", "VAX", "DAVAX", "REF", "DDC", "FC", "FVA", "FDC", "GVC",
        "GVCB", "GVCF"};

    /** Borin–Mancini exporter/source building blocks: DAE, VAXE (n × G) and the FVA coefficient. */
    private record BmParts(DenseMatrix dae, DenseMatrix vaxe, double[] fvaCoef) {
    }

    private static BmParts bmParts(IoModel m) {
        return m.memo(BM_PARTS, () -> {
            int n = m.n();
            int g = m.G();
            int nSec = m.N();
            DenseMatrix ym = m.exportsFinal();
            double[] x = m.table().x();
            DenseMatrix bY = m.BY();
            // W[a,s] = x_a − (B·Y)[a,s]
            DenseMatrix w = new DenseMatrix(n, g);
            for (int a = 0; a < n; a++) {
                for (int s = 0; s < g; s++) {
                    w.set(a, s, x[a] - bY.get(a, s));
                }
            }
            double[] wcol = Products.localLeontiefTimes(m, Products.yd(m));
            DenseMatrix[] f = Products.foreignInputSums(m, new DenseMatrix(n, 1, wcol), w);
            DenseMatrix dae = ym.copy();
            DenseMatrix vaxe = ym.copy();
            for (int i = 0; i < dae.data().length; i++) {
                dae.data()[i] += f[0].data()[i];
                vaxe.data()[i] += f[1].data()[i];
            }
            // fvacoef_s = (I + M_s)'^-1 · VBfor_s with M_s = Σ_{k∉s} A[s·,k]·B[k,s·] (N × N). (I − A)·B = I gives
            // A·B = B − I, so I + M_s = B_ss − A_ss·B_ss = (I − A_ss)·B_ss: N³ work per region instead of N·n·N
            DenseMatrix a = m.A();
            DenseMatrix b = m.B();
            double[] vbFor = Products.vaMultipliersByOrigin(m)[1];
            double[] coef = new double[n];
            Parallel.forRange(g, (from, to) -> {
                for (int s = from; s < to; s++) {
                    int o = s * nSec;
                    DenseMatrix ms = new DenseMatrix(nSec, nSec);
                    double[] msd = ms.data();
                    double[] ad = a.data();
                    double[] bd = b.data();
                    for (int i = 0; i < nSec; i++) {
                        System.arraycopy(bd, (o + i) * n + o, msd, i * nSec, nSec);
                        int arow = (o + i) * n + o;
                        for (int q = 0; q < nSec; q++) {
                            double aiq = ad[arow + q];
                            if (aiq == 0) {
                                continue;
                            }
                            int brow = (o + q) * n + o;
                            for (int jj = 0; jj < nSec; jj++) {
                                msd[i * nSec + jj] -= aiq * bd[brow + jj];
                            }
                        }
                    }
                    double[] rhs = new double[nSec];
                    System.arraycopy(vbFor, o, rhs, 0, nSec);
                    double[] sol = m.solver().factor(ms, m.labels().subList(o, o + nSec), "I + M_s")
                            .solveTransposed(rhs);
                    System.arraycopy(sol, 0, coef, o, nSec);
                }
            });
            return new BmParts(dae, vaxe, coef);
        });
    }

    /** BM exporter/source, 13 terms per (exporter j, importer r), only r ≠ region(j); row-major [j·G + r]. */
    static double[] bmBilateralRow(IoModel m, BmParts p, int j, int r) {
        double esr = m.exportsBilateral().get(j, r);
        double[][] domFor = Products.vaMultipliersByOrigin(m);
        double vl = Products.vLocal(m)[j];
        double dc = domFor[0][j] * esr;
        double fc = domFor[1][j] * esr;
        double dva = vl * esr;
        double fva = p.fvaCoef()[j] * esr;
        double davax = vl * p.dae().get(j, r);
        double vax = vl * p.vaxe().get(j, r);
        return terms(esr, dc, dva, vax, davax, fc, fva);
    }

    private static double[] terms(double gexp, double dc, double dva, double vax, double davax, double fc,
            double fva) {
        double ref = dva - vax;
        double ddc = dc - dva;
        double fdc = fc - fva;
        double gvc = gexp - davax;
        double gvcb = fc + ddc;
        double gvcf = gvc - gvcb;
        return new double[] {gexp, dc, dva, vax, davax, ref, ddc, fc, fva, fdc, gvc, gvcb, gvcf};
    }

    /** BM exporter/source 13 terms per exporting region-sector: [j][term]. */
    static double[][] bmSector(IoModel m) {
        return m.memo(BM_SECTOR, () -> {
            BmParts p = bmParts(m);
            double[] e = m.exportsTotal();
            double[][] domFor = Products.vaMultipliersByOrigin(m);
            double[] vl = Products.vLocal(m);
            double[] daeRow = p.dae().rowSums();
            double[] vaxeRow = p.vaxe().rowSums();
            double[][] out = new double[m.n()][];
            for (int j = 0; j < m.n(); j++) {
                out[j] = terms(e[j], domFor[0][j] * e[j], vl[j] * e[j], vl[j] * vaxeRow[j], vl[j] * daeRow[j],
                        domFor[1][j] * e[j], p.fvaCoef()[j] * e[j]);
            }
            return out;
        });
    }

    /** BM exporter/source summed by exporting region: [region][term]. */
    static double[][] bmCountry(IoModel m) {
        double[][] sec = bmSector(m);
        double[][] c = new double[m.G()][BM_TERMS.length];
        for (int j = 0; j < m.n(); j++) {
            for (int q = 0; q < BM_TERMS.length; q++) {
                c[m.region(j)][q] += sec[j][q];
            }
        }
        return c;
    }

    /** BM bilateral rows in decompr's order: importer-major, then exporter region-sector, skipping r = region(j). */
    static double[][] bmBilateral(IoModel m) {
        BmParts p = bmParts(m);
        double[][] out = new double[m.n() * (m.G() - 1)][];
        int row = 0;
        for (int r = 0; r < m.G(); r++) {
            for (int j = 0; j < m.n(); j++) {
                if (m.region(j) != r) {
                    out[row++] = bmBilateralRow(m, p, j, r);
                }
            }
        }
        return out;
    }
}
