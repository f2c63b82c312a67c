package org.gvclab.core.io.decompose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.gvclab.core.io.model.DenseMatrix;
import org.gvclab.core.io.model.IoModel;
import org.gvclab.core.io.model.IoTable;
import org.junit.jupiter.api.Test;

/**
 * Average propagation length and the smile curve on tables small enough to check by hand or by summing the
 * power series {@code Σ_k k·A^k / Σ_k A^k} directly (Dietzenbacher, Romero &amp; Bosma 2005).
 */
class ValueChainsTest {

    /** A one-region table with the given coefficients, x = 100 everywhere, VA the residual, Y = x − Z·1. */
    static IoModel model(double[][] a) {
        int n = a.length;
        DenseMatrix z = new DenseMatrix(n, n);
        DenseMatrix y = new DenseMatrix(n, 1);
        double[] x = new double[n];
        double[] va = new double[n];
        for (int j = 0; j < n; j++) {
            x[j] = 100;
            double col = 0;
            for (int i = 0; i < n; i++) {
                z.set(i, j, a[i][j] * 100);
                col += a[i][j] * 100;
            }
            va[j] = 100 - col;
        }
        for (int i = 0; i < n; i++) {
            y.set(i, 0, 100 - z.rowSums()[i]);
        }
        List<String> sectors = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            sectors.add("s" + (i + 1));
        }
        IoTable t = new IoTable("chain", List.of("R"), sectors, List.of(), z, y, null, va, x, List.of());
        return IoModel.of(t);
    }

    @Test
    void a_three_stage_snake_has_propagation_lengths_one_and_two() {
        // s1 → s2 → s3: a_12 = a_23 = 0.5; A² has only (1,3) = 0.25, A³ = 0.
        IoModel m = model(new double[][] {{0, 0.5, 0}, {0, 0, 0.5}, {0, 0, 0}});
        DenseMatrix apl = ValueChains.averagePropagationLength(m);
        assertThat(apl.get(0, 1)).isCloseTo(1.0, within(1e-12));
        assertThat(apl.get(1, 2)).isCloseTo(1.0, within(1e-12));
        assertThat(apl.get(0, 2)).isCloseTo(2.0, within(1e-12));
        assertThat(apl.get(2, 0)).isZero(); // no path from s3 back to s1
        assertThat(apl.get(1, 1)).isZero();
    }

    @Test
    void apl_with_feedback_equals_the_power_series_ratio() {
        double[][] a = {{0.1, 0.2}, {0.3, 0.1}};
        IoModel m = model(a);
        DenseMatrix apl = ValueChains.averagePropagationLength(m);
        // Σ_{k≥1} k·A^k and Σ_{k≥1} A^k by direct summation (converges: spectral radius 0.345)
        double[][] p = {{1, 0}, {0, 1}};
        double[][] num = new double[2][2];
        double[][] den = new double[2][2];
        for (int k = 1; k < 200; k++) {
            double[][] q = new double[2][2];
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 2; j++) {
                    q[i][j] = p[i][0] * a[0][j] + p[i][1] * a[1][j];
                    num[i][j] += k * q[i][j];
                    den[i][j] += q[i][j];
                }
            }
            p = q;
        }
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                assertThat(apl.get(i, j)).isCloseTo(num[i][j] / den[i][j], within(1e-12));
            }
        }
    }

    @Test
    void smile_curve_shares_add_up_and_upstream_stages_come_first() {
        // snake s1 → s2 → s3; final product s3; v = (1, 0.5, 0.5)
        IoModel m = model(new double[][] {{0, 0.5, 0}, {0, 0, 0.5}, {0, 0, 0}});
        IndicatorTable smile = ValueChains.smileCurve(m, "R", "s3");
        assertThat(smile.rows()).extracting(r -> r.keys().get(1)).containsExactly("s1", "s2", "s3");
        double total = 0;
        for (int i = 0; i < 3; i++) {
            total += smile.value(i, "share");
        }
        assertThat(total).isCloseTo(1.0, within(1e-12));
        // B column 3 = (0.25, 0.5, 1): VA shares v_i·B_i3 = 0.25, 0.25, 0.5
        assertThat(smile.value(0, "share")).isCloseTo(0.25, within(1e-12));
        assertThat(smile.value(2, "share")).isCloseTo(0.5, within(1e-12));
        // distances: s1 two stages, s2 one stage, the final stage itself zero
        assertThat(smile.value(0, "stages_to_final_demand")).isCloseTo(2.0, within(1e-12));
        assertThat(smile.value(1, "stages_to_final_demand")).isCloseTo(1.0, within(1e-12));
        assertThat(smile.value(2, "stages_to_final_demand")).isCloseTo(0.0, within(1e-12));
        // y_3 = 100 − 0 = 100 of final demand: value added of s1 in it = 1 × 0.25 × 100
        assertThat(smile.value(0, "value_added")).isCloseTo(25.0, within(1e-9));
    }
}
