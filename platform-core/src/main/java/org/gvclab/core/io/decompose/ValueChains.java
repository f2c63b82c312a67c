package org.gvclab.core.io.decompose;

import java.util.ArrayList;
import java.util.List;
import org.gvclab.core.io.model.DenseMatrix;
import org.gvclab.core.io.model.IoModel;

/**
 * Distances along value chains, which no peer tool in golden/ computes (checked against hand calculations):
 * the average propagation length (Dietzenbacher, Romero &amp; Bosma 2005) and the smile curve of the final
 * product of one region-sector (Ye, Meng &amp; Wei 2015, IDE DP 530).
 *
 * <p>With {@code B = Σ_{k≥0} A^k}, {@code B(B − I) = Σ_{k≥1} k·A^k}. Dietzenbacher et al. define
 * {@code APL_ij = [B(B − I)]_ij / (B − I)_ij}, the average number of steps a stimulus from j takes to reach i,
 * 0 where {@code (B − I)_ij = 0}. An earlier draft of the methods wrote the denominator as {@code B_ij}; we follow the paper for
 * APL and use {@code [B(B − I)]_ij / B_ij} — the value-added-weighted number of stages between i's value added
 * and the final product j, 0 for j's own last stage — as the smile curve's distance to final demand, which is
 * what that ratio measures (docs/methods.md#average-propagation-length, #smile-curve).
 */
public final class ValueChains {

    private ValueChains() {
    }

    /** The full APL matrix (n × n), {@code [B(B − I)]_ij / (B − I)_ij}; one multi-right-hand-side solve. */
    public static DenseMatrix averagePropagationLength(IoModel m) {
        int n = m.n();
        DenseMatrix b = m.B();
        DenseMatrix bMinusI = b.copy();
        for (int i = 0; i < n; i++) {
            bMinusI.add(i, i, -1.0);
        }
        DenseMatrix num = m.leontief().solve(bMinusI); // B·(B − I)
        DenseMatrix apl = new DenseMatrix(n, n);
        for (int k = 0; k < n * n; k++) {
            double d = bMinusI.data()[k];
            apl.data()[k] = d == 0 ? 0 : num.data()[k] / d;
        }
        return apl;
    }

    /** APL as a result table with the golden-style {@code id} layout. */
    public static IndicatorTable averagePropagationLengthTable(IoModel m) {
        DenseMatrix apl = averagePropagationLength(m);
        List<IndicatorTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < m.n(); i++) {
            rows.add(new IndicatorTable.Row(List.of(m.labels().get(i)), apl.row(i)));
        }
        return new IndicatorTable(IndicatorId.AVERAGE_PROPAGATION_LENGTH, List.of("id"), m.labels(), rows);
    }

    /**
     * The smile curve of the final product of {@code region}'s {@code sector}: for each participant i with
     * {@code B_ij > 0}, its value added {@code v_i·B_ij·y_j} (y_j = all final demand for j's output), its share
     * of the product's value, its APL to j and its distance to final demand {@code [B(B − I)]_ij / B_ij}.
     * Rows are sorted from the most upstream participant to the final stage. Two solves; no inverse.
     */
    public static IndicatorTable smileCurve(IoModel m, String region, String sector) {
        int r = m.table().regions().indexOf(region);
        int s = m.table().sectors().indexOf(sector);
        if (r < 0 || s < 0) {
            throw new IllegalArgumentException("no region-sector " + region + "_" + sector + " in " + m.table().name());
        }
        int j = r * m.N() + s;
        int n = m.n();
        double[] ej = new double[n];
        ej[j] = 1;
        double[] bj = m.leontief().solve(ej); // column j of B
        double[] bjMinusE = bj.clone();
        bjMinusE[j] -= 1;
        double[] numj = m.leontief().solve(bjMinusE); // column j of B(B − I)
        double yj = m.Y().rowSums()[j];
        double[] v = m.v();
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += v[i] * bj[i];
        }
        List<double[]> values = new ArrayList<>();
        List<Integer> who = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (bj[i] <= 0) {
                continue;
            }
            double va = v[i] * bj[i] * yj;
            double share = total == 0 ? Double.NaN : v[i] * bj[i] / total;
            double apl = bjMinusE[i] == 0 ? 0 : numj[i] / bjMinusE[i];
            double distance = numj[i] / bj[i];
            values.add(new double[] {va, share, apl, distance});
            who.add(i);
        }
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < who.size(); k++) {
            order.add(k);
        }
        order.sort((a, c) -> Double.compare(values.get(c)[3], values.get(a)[3]));
        List<IndicatorTable.Row> rows = new ArrayList<>();
        for (int k : order) {
            int i = who.get(k);
            rows.add(new IndicatorTable.Row(List.of(m.table().regions().get(m.region(i)), m.table().sectors().get(i % m.N())),
                    values.get(k)));
        }
        return new IndicatorTable(IndicatorId.SMILE_CURVE, List.of("country", "sector"),
                List.of("value_added", "share", "apl_to_final_producer", "stages_to_final_demand"), rows);
    }
}
