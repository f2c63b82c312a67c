package org.gvclab.core.io.decompose;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.gvclab.core.io.model.DenseMatrix;
import org.gvclab.core.io.model.IoModel;

/**
 * Turns the computations of an {@link IoModel} into the {@link IndicatorTable}s of the catalogue, with the rows,
 * row order, key columns and column headers of the golden expected files (golden README §4).
 */
public final class Indicators {

    private Indicators() {
    }

    /**
     * Computes one of {@link IndicatorId#tableOutputs()} (APL and the smile curve need a chain: see
     * {@link ValueChains}).
     */
    public static IndicatorTable compute(IoModel m, IndicatorId id) {
        List<String> labels = m.labels();
        List<String> regions = m.table().regions();
        List<String> sectors = m.table().sectors();
        int n = m.n();
        int g = m.G();
        return switch (id) {
            case LEONTIEF_INVERSE_B -> square(id, labels, m.B());
            case DOMESTIC_LEONTIEF_L -> localLeontief(id, m);
            case GHOSH_INVERSE_G -> ghoshInverse(id, m);
            case VA_COEFFICIENTS -> new IndicatorTable(id, List.of("id"), labels,
                    List.of(new IndicatorTable.Row(List.of("Vc"), m.v().clone())));
            case EXPORTS_TOTAL -> {
                double[] e = m.exportsTotal();
                yield byLabel(id, labels, List.of("E"), j -> new double[] {e[j]});
            }
            case EXPORTS_BILATERAL_ESR -> byLabel(id, labels, regions, m.exportsBilateral()::row);
            case VA_IN_FINAL_DEMAND_VBY -> byLabel(id, labels, regions, m.vBY()::row);
            case LEONTIEF_VBE_EXPORTS -> vbe(id, m);
            case KWW_COUNTRY -> byRegion(id, "Country", regions, List.of(ExportDecompositions.KWW_TERMS),
                    ExportDecompositions.kwwCountry(m));
            case WWZ_BILATERAL_SECTOR -> {
                double[][] w = ExportDecompositions.wwz(m);
                List<IndicatorTable.Row> rows = new ArrayList<>(w.length);
                for (int j = 0; j < n; j++) {
                    for (int r = 0; r < g; r++) {
                        rows.add(new IndicatorTable.Row(List.of(regions.get(m.region(j)), sectors.get(j % m.N()),
                                regions.get(r)), w[j * g + r]));
                    }
                }
                yield new IndicatorTable(id, List.of("Exporting_Country", "Exporting_Industry", "Importing_Country"),
                        List.of(ExportDecompositions.WWZ_COLUMNS), rows);
            }
            case BM_COUNTRY_EXPORTER_SOURCE -> byRegion(id, "Exporting_Country", regions,
                    List.of(ExportDecompositions.BM_TERMS), ExportDecompositions.bmCountry(m));
            case BM_SECTOR_EXPORTER_SOURCE -> byRegionSector(id, m, List.of("Exporting_Country", "Exporting_Industry"),
                    List.of(ExportDecompositions.BM_TERMS), ExportDecompositions.bmSector(m));
            case BM_BILATERAL_EXPORTER_SOURCE -> {
                double[][] b = ExportDecompositions.bmBilateral(m);
                List<IndicatorTable.Row> rows = new ArrayList<>(b.length);
                int row = 0;
                for (int r = 0; r < g; r++) {
                    for (int j = 0; j < n; j++) {
                        if (m.region(j) != r) {
                            rows.add(new IndicatorTable.Row(List.of(regions.get(m.region(j)), sectors.get(j % m.N()),
                                    regions.get(r)), b[row++]));
                        }
                    }
                }
                yield new IndicatorTable(id, List.of("Exporting_Country", "Exporting_Industry", "Importing_Country"),
                        List.of(ExportDecompositions.BM_TERMS), rows);
            }
            case UPSTREAMNESS_DOWNSTREAMNESS -> {
                double[] u = m.upstreamness();
                double[] d = m.downstreamness();
                yield byLabel(id, labels, List.of("upstreamness", "downstreamness"), j -> new double[] {u[j], d[j]});
            }
            case PRODUCTION_LENGTH_SECTOR -> {
                double[][] s = GvcIndicators.productionLengthSums(m);
                double[][] rows = new double[n][];
                for (int j = 0; j < n; j++) {
                    rows[j] = concat(s[j], GvcIndicators.productionLengthRatios(s[j]));
                }
                yield byRegionSector(id, m, List.of("country", "sector"), plColumns(), rows);
            }
            case PRODUCTION_LENGTH_COUNTRY -> {
                double[][] c = sumByRegion(m, GvcIndicators.productionLengthSums(m));
                double[][] rows = new double[g][];
                for (int r = 0; r < g; r++) {
                    rows[r] = concat(c[r], GvcIndicators.productionLengthRatios(c[r]));
                }
                yield byRegion(id, "country", regions, plColumns(), rows);
            }
            case GVC_PARTICIPATION_SECTOR -> byRegionSector(id, m, List.of("country", "sector"), GVCP_COLUMNS,
                    participation(participationSums(m)));
            case GVC_PARTICIPATION_COUNTRY -> byRegion(id, "country", regions, GVCP_COLUMNS,
                    participation(sumByRegion(m, participationSums(m))));
            case KOOPMAN2010_PARTICIPATION_POSITION -> koopman2010(id, m);
            case NRCA_VALUE_ADDED_RCA -> {
                double[] r = GvcIndicators.nrca(m);
                yield byLabel(id, labels, List.of("nrca"), j -> new double[] {r[j]});
            }
            case I2E_E2R_VERTICAL_SPECIALISATION -> {
                double[][] ie = GvcIndicators.i2eE2r(m);
                double[] e = m.exportsTotal();
                double[][] rows = new double[n][];
                for (int j = 0; j < n; j++) {
                    rows[j] = new double[] {ie[0][j], ie[1][j], e[j]};
                }
                yield byRegionSector(id, m, List.of("country", "sector"), List.of("i2e_foreign_VA_in_exports",
                        "e2r_domestic_VA_in_other_countries_exports", "gross_exports"), rows);
            }
            case EXPORTS_INTERMEDIATE_EINT -> byLabel(id, labels, regions, m.exportsIntermediate()::row);
            case EXPORTS_FINAL_EFD -> byLabel(id, labels, regions, m.exportsFinal()::row);
            case LEONTIEF_VB -> {
                DenseMatrix b = m.B();
                double[] v = m.v();
                yield byLabel(id, labels, labels, i -> {
                    double[] r = b.row(i);
                    for (int j = 0; j < r.length; j++) {
                        r[j] *= v[i];
                    }
                    return r;
                });
            }
            case AVERAGE_PROPAGATION_LENGTH, SMILE_CURVE -> throw new IllegalArgumentException(id
                    + " needs a chosen chain; use ValueChains");
        };
    }

    private static final List<String> GVCP_COLUMNS = List.of("exports", "va", "gvc_trade_f", "gvc_trade_b",
            "gvc_trade", "gvc_prod", "gvcp_trade_f", "gvcp_trade_b", "gvcp_trade", "gvcp_prod");

    /** exports, va, gvc_trade_f (= BM GVCF), gvc_trade_b (= BM GVCB), gvc_prod (= WWYZ V_GVC) per region-sector. */
    private static double[][] participationSums(IoModel m) {
        double[][] bm = ExportDecompositions.bmSector(m);
        double[][] pl = GvcIndicators.productionLengthSums(m);
        double[][] r = new double[m.n()][];
        for (int j = 0; j < m.n(); j++) {
            r[j] = new double[] {bm[j][0], m.table().va()[j], bm[j][12], bm[j][11], pl[j][10]};
        }
        return r;
    }

    private static double[][] participation(double[][] sums) {
        double[][] r = new double[sums.length][];
        for (int i = 0; i < sums.length; i++) {
            double[] s = sums[i];
            double trade = s[2] + s[3];
            r[i] = new double[] {s[0], s[1], s[2], s[3], trade, s[4], GvcIndicators.ratio(s[2], s[0]),
                GvcIndicators.ratio(s[3], s[0]), GvcIndicators.ratio(trade, s[0]), GvcIndicators.ratio(s[4], s[1])};
        }
        return r;
    }

    private static IndicatorTable koopman2010(IndicatorId id, IoModel m) {
        int g = m.G();
        double[][] ie = GvcIndicators.i2eE2r(m);
        double[][] kww = ExportDecompositions.kwwCountry(m);
        double[] e = m.exportsTotal();
        double[][] rows = new double[g][];
        double[] eC = new double[g];
        double[] iv = new double[g];
        double[] fv = new double[g];
        for (int j = 0; j < m.n(); j++) {
            int r = m.region(j);
            eC[r] += e[j];
            iv[r] += ie[1][j];
            fv[r] += ie[0][j];
        }
        for (int r = 0; r < g; r++) {
            double ivB = kww[r][2];
            double fvB = kww[r][6] + kww[r][7] + kww[r][8];
            double[] a = koopmanRatios(iv[r], fv[r], eC[r]);
            double[] b = koopmanRatios(ivB, fvB, eC[r]);
            rows[r] = new double[] {eC[r], iv[r], fv[r], ivB, fvB, a[0], a[1], a[2], a[3], b[0], b[1], b[2], b[3]};
        }
        return byRegion(id, "country", m.table().regions(), List.of("gross_exports_E", "IV_vs1_e2r", "FV_vs_i2e",
                "IV_T3_kww_DVA_INTrex", "FV_T7T8T9_kww", "A_forward_IV_over_E", "A_backward_FV_over_E",
                "A_participation_(IV+FV)/E", "A_position_ln(1+IV/E)-ln(1+FV/E)", "B_forward_IV_over_E",
                "B_backward_FV_over_E", "B_participation_(IV+FV)/E", "B_position_ln(1+IV/E)-ln(1+FV/E)"), rows);
    }

    /**
     * Koopman, Powers, Wang &amp; Wei (2010): forward IV/E, backward FV/E, participation (IV + FV)/E and
     * position ln(1 + IV/E) − ln(1 + FV/E).
     */
    static double[] koopmanRatios(double iv, double fv, double e) {
        double f = GvcIndicators.ratio(iv, e);
        double b = GvcIndicators.ratio(fv, e);
        return new double[] {f, b, f + b, Math.log1p(f) - Math.log1p(b)};
    }

    private static List<String> plColumns() {
        List<String> c = new ArrayList<>(List.of(GvcIndicators.PL_SUMS));
        c.addAll(List.of(GvcIndicators.PL_RATIOS));
        return c;
    }

    private static double[][] sumByRegion(IoModel m, double[][] perSector) {
        int k = perSector.length == 0 ? 0 : perSector[0].length;
        double[][] c = new double[m.G()][k];
        for (int j = 0; j < m.n(); j++) {
            for (int q = 0; q < k; q++) {
                c[m.region(j)][q] += perSector[j][q];
            }
        }
        return c;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] r = new double[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static IndicatorTable square(IndicatorId id, List<String> labels, DenseMatrix mat) {
        return byLabel(id, labels, labels, mat::row);
    }

    /** L with zeros off the diagonal blocks, each row formed from its region's block when written. */
    private static IndicatorTable localLeontief(IndicatorId id, IoModel m) {
        DenseMatrix[] blocks = m.localLeontiefBlocks();
        int n = m.n();
        int nSec = m.N();
        return byLabel(id, m.labels(), m.labels(), i -> {
            double[] r = new double[n];
            int b = i / nSec;
            System.arraycopy(blocks[b].data(), (i % nSec) * nSec, r, b * nSec, nSec);
            return r;
        });
    }

    /**
     * The Ghosh inverse; with every x_j &gt; 0 each row {@code Gh[i,·] = B[i,·]·diag(x)/x_i} is formed from B when
     * written (the arithmetic of {@link IoModel#Gh()}, without a second n × n matrix), otherwise the model's.
     */
    private static IndicatorTable ghoshInverse(IndicatorId id, IoModel m) {
        double[] x = m.table().x();
        for (double xi : x) {
            if (!(xi > 0)) {
                return square(id, m.labels(), m.Gh());
            }
        }
        double[] bd = m.B().data();
        int n = m.n();
        return byLabel(id, m.labels(), m.labels(), i -> {
            double inv = 1.0 / x[i];
            int o = i * n;
            double[] r = new double[n];
            for (int j = 0; j < n; j++) {
                r[j] = bd[o + j] * x[j] * inv;
            }
            return r;
        });
    }

    private static IndicatorTable vbe(IndicatorId id, IoModel m) {
        DenseMatrix b = m.B();
        double[] v = m.v();
        double[] e = m.exportsTotal();
        int n = m.n();
        return byLabel(id, m.labels(), m.labels(), i -> {
            double[] r = b.row(i);
            for (int j = 0; j < n; j++) {
                r[j] = v[i] * r[j] * e[j];
            }
            return r;
        });
    }

    /** A table keyed by label whose rows are formed when read (from results the model already holds). */
    private static IndicatorTable byLabel(IndicatorId id, List<String> labels, List<String> columns,
            IntFunction<double[]> row) {
        return IndicatorTable.lazy(id, List.of("id"), columns, labels.size(),
                j -> new IndicatorTable.Row(List.of(labels.get(j)), row.apply(j)));
    }

    private static IndicatorTable byRegion(IndicatorId id, String key, List<String> regions, List<String> columns,
            double[][] values) {
        List<IndicatorTable.Row> rows = new ArrayList<>(regions.size());
        for (int r = 0; r < regions.size(); r++) {
            rows.add(new IndicatorTable.Row(List.of(regions.get(r)), values[r]));
        }
        return new IndicatorTable(id, List.of(key), columns, rows);
    }

    private static IndicatorTable byRegionSector(IndicatorId id, IoModel m, List<String> keys, List<String> columns,
            double[][] values) {
        List<IndicatorTable.Row> rows = new ArrayList<>(m.n());
        for (int j = 0; j < m.n(); j++) {
            rows.add(new IndicatorTable.Row(List.of(m.table().regions().get(m.region(j)),
                    m.table().sectors().get(j % m.N())), values[j]));
        }
        return new IndicatorTable(id, keys, columns, rows);
    }
}
