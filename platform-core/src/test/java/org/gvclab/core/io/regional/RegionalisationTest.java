package org.gvclab.core.io.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.gvclab.core.io.model.DenseMatrix;
import org.gvclab.core.io.model.Leontief;
import org.gvclab.core.io.model.LinearSolver;
import org.junit.jupiter.api.Test;

/**
 * FLQ regionalisation and Type I multipliers against a calculation done by hand:
 * national employment NE = (100, 300), regional RE = (20, 20), so RE/NE = 40/400 = 0.1,
 * SLQ_1 = (20/40)/(100/400) = 2, SLQ_2 = (20/40)/(300/400) = 2/3,
 * λ* = [log2(1.1)]^0.3 = 0.137503524^0.3 = 0.5514347723323603,
 * FLQ_11 = 2·λ* = 1.10287 (capped at 1), FLQ_22 = (2/3)·λ* = 0.3676231815549068,
 * FLQ_12 = (2 / (2/3))·λ* = 1.65430 (capped at 1), FLQ_21 = ((2/3) / 2)·λ* = 0.18381159077745343.
 */
class RegionalisationTest {

    private static final DenseMatrix NATIONAL_A = new DenseMatrix(2, 2, new double[] {0.2, 0.1, 0.3, 0.4});

    @Test
    void flq_shrinks_coefficients_of_sectors_the_region_lacks() {
        Regionalisation.Result r = Regionalisation.flq(NATIONAL_A, new double[] {20, 20}, new double[] {100, 300},
                Regionalisation.DEFAULT_DELTA);
        assertThat(r.slq()[0]).isCloseTo(2.0, within(1e-15));
        assertThat(r.slq()[1]).isCloseTo(2.0 / 3.0, within(1e-15));
        assertThat(r.lambda()).isCloseTo(0.5514347723323603, within(1e-15));
        assertThat(r.flq().get(1, 0)).isCloseTo(0.18381159077745343, within(1e-15));
        assertThat(r.A().get(0, 0)).isCloseTo(0.2, within(1e-15));
        assertThat(r.A().get(0, 1)).isCloseTo(0.1, within(1e-15));
        assertThat(r.A().get(1, 0)).isCloseTo(0.3 * 0.18381159077745343, within(1e-15));
        assertThat(r.A().get(1, 1)).isCloseTo(0.4 * 0.3676231815549068, within(1e-15));
    }

    @Test
    void type_one_multipliers_are_column_sums_of_the_regional_inverse_from_the_one_leontief_factory() {
        // A_r = [[0.2, 0.1], [0.3, 0.1]]: I − A = [[0.8, −0.1], [−0.3, 0.9]], det = 0.72 − 0.03 = 0.69,
        // L = (1/0.69)·[[0.9, 0.1], [0.3, 0.8]]; output multipliers (1.2/0.69, 0.9/0.69);
        // v = (0.5, 0.8): v·L = ((0.45 + 0.24)/0.69, (0.05 + 0.64)/0.69) = (1, 1);
        // e = (2, 1) jobs per unit: e·L = ((1.8 + 0.3)/0.69, (0.2 + 0.8)/0.69).
        DenseMatrix a = new DenseMatrix(2, 2, new double[] {0.2, 0.1, 0.3, 0.1});
        for (LinearSolver s : new LinearSolver[] {LinearSolver.best(), LinearSolver.ejml()}) {
            LinearSolver.Factorization lu = Leontief.factor(s, a, List.of("s1", "s2"), "I − A (regional)");
            double[] output = lu.solveTransposed(new double[] {1, 1});
            double[] valueAdded = lu.solveTransposed(new double[] {0.5, 0.8});
            double[] employment = lu.solveTransposed(new double[] {2, 1});
            assertThat(output[0]).isCloseTo(1.2 / 0.69, within(1e-12));
            assertThat(output[1]).isCloseTo(0.9 / 0.69, within(1e-12));
            assertThat(valueAdded[0]).isCloseTo(1.0, within(1e-12));
            assertThat(valueAdded[1]).isCloseTo(1.0, within(1e-12));
            assertThat(employment[0]).isCloseTo(2.1 / 0.69, within(1e-12));
            assertThat(employment[1]).isCloseTo(1.0 / 0.69, within(1e-12));
            double[] dx = lu.solve(new double[] {0.69, 0});
            assertThat(dx[0]).isCloseTo(0.9, within(1e-12));
            assertThat(dx[1]).isCloseTo(0.3, within(1e-12));
        }
    }

    @Test
    void impossible_employment_figures_are_rejected() {
        assertThatThrownBy(() -> Regionalisation.flq(NATIONAL_A, new double[] {200, 20}, new double[] {100, 300},
                0.3)).hasMessageContaining("exceeds national employment");
        assertThatThrownBy(() -> Regionalisation.flq(NATIONAL_A, new double[] {20, 20}, new double[] {100, 300},
                1.5)).hasMessageContaining("δ");
    }
}
