package org.gvclab.core.io.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.gvclab.core.io.model.DenseMatrix;
import org.gvclab.core.io.model.IoModel;
import org.gvclab.core.io.model.IoTable;
import org.gvclab.core.io.model.LinearSolver;
import org.gvclab.core.io.read.TableValidationException;
import org.junit.jupiter.api.Test;

/**
 * Type I multipliers of a linked region-sector, national and FLQ-regionalised, against calculations done by hand on
 * a 2-region × 3-sector table written here (balanced: x = Z·1 + Y·1, va = x − 1'·Z).
 *
 * <pre>
 * x = (100, 200, 100 | 200, 100, 100), va = (55, 130, 45 | 100, 50, 50)
 * Domestic block of R1: A_rr = Z_11·diag(x_1)^-1 = [[0.10, 0.05, 0.20], [0.20, 0.10, 0.10], [0.05, 0.10, 0.10]],
 * v = (0.55, 0.65, 0.45).
 * I − A_rr = [[0.9, −0.05, −0.2], [−0.2, 0.9, −0.1], [−0.05, −0.1, 0.9]], det = 0.69775 = 2791/4000,
 * adj = [[0.8, 0.065, 0.185], [0.185, 0.8, 0.13], [0.065, 0.0925, 0.8]], L = adj / det.
 * Output multipliers (column sums): (1.05, 0.9575, 1.115) / 0.69775 = (4200, 3830, 4460) / 2791.
 * Value-added multiplier of S2: (0.55·0.065 + 0.65·0.8 + 0.45·0.0925) / 0.69775 = 0.597375 / 0.69775 = 4779/5582.
 * </pre>
 */
class RegionalIoTest {

    static final double[][] Z = {
        {10, 10, 20, 10, 0, 5},
        {20, 20, 10, 10, 5, 0},
        {5, 20, 10, 0, 5, 5},
        {5, 10, 0, 40, 10, 10},
        {0, 10, 10, 20, 20, 10},
        {5, 0, 5, 20, 10, 20}};
    static final double[][] Y = {
        {36, 9},
        {108, 27},
        {44, 11},
        {25, 100},
        {6, 24},
        {8, 32}};
    static final double[] X = {100, 200, 100, 200, 100, 100};
    static final double[] VA = {55, 130, 45, 100, 50, 50};
    static final List<String> SECTORS = List.of("S1", "S2", "S3");

    /**
     * RE = (20, 10, 20), NE = (200, 200, 100): RE/NE = 50/500 = 0.1, SLQ = (0.4/0.4, 0.2/0.4, 0.4/0.2) = (1, 0.5, 2);
     * employment coefficients e = NE/x = (2, 1, 1) persons per table money unit.
     */
    static final double[] RE = {20, 10, 20};
    static final double[] NE = {200, 200, 100};

    static IoTable table() {
        return table(Z, Y, VA, X);
    }

    static IoTable table(double[][] z, double[][] y, double[] va, double[] x) {
        return new IoTable("hand-2x3", List.of("R1", "R2"), SECTORS, List.of(), matrix(z), matrix(y), null,
                va.clone(), x.clone(), List.of());
    }

    static DenseMatrix matrix(double[][] rows) {
        DenseMatrix m = new DenseMatrix(rows.length, rows[0].length);
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < rows[0].length; j++) {
                m.set(i, j, rows[i][j]);
            }
        }
        return m;
    }

    private static List<IoModel> models(IoTable t) {
        return List.of(new IoModel(t, LinearSolver.best()), new IoModel(t, LinearSolver.ejml()));
    }

    @Test
    void the_test_table_is_balanced() {
        IoTable t = table();
        assertThat(t.balance().maxRowGap()).isZero();
        assertThat(t.balance().maxColumnGap()).isZero();
    }

    @Test
    void without_employment_the_multipliers_are_national_and_there_is_no_employment_multiplier() {
        for (IoModel m : models(table())) {
            SectorMultipliers s = RegionalIo.multipliers(m, 0, 1, null, Regionalisation.DEFAULT_DELTA);
            assertThat(s.method()).isEqualTo(SectorMultipliers.Method.NATIONAL);
            assertThat(s.region()).isEqualTo("R1");
            assertThat(s.sector()).isEqualTo("S2");
            assertThat(s.output()).isCloseTo(3830.0 / 2791, within(1e-12));
            assertThat(s.valueAdded()).isCloseTo(4779.0 / 5582, within(1e-12));
            assertThat(s.employment()).isEmpty();
            assertThat(s.delta()).isEmpty();
            assertThat(s.description().en()).contains("regional employment by sector is needed for FLQ and for jobs");
            assertThat(s.description().zh()).contains("就业");
            assertThat(RegionalIo.multipliers(m, 0, 0, null, 0.3).output()).isCloseTo(4200.0 / 2791, within(1e-12));
            assertThat(RegionalIo.multipliers(m, 0, 2, null, 0.3).output()).isCloseTo(4460.0 / 2791, within(1e-12));
        }
    }

    @Test
    void the_second_region_uses_its_own_domestic_block() {
        // A_22 = [[0.2, 0.1, 0.1], [0.1, 0.2, 0.1], [0.1, 0.1, 0.2]] (= 0.1·(J + I)); I − A_22 = 0.9·I − 0.1·J,
        // whose inverse is (1/0.9)·(I + 0.1·J / (0.9 − 0.3)) = (1/0.9)·(I + J/6); column sums = (1 + 3/6)/0.9 = 5/3.
        // v = (0.5, 0.5, 0.5), so v·L = 0.5 · 5/3 = 5/6 for every sector.
        SectorMultipliers s = RegionalIo.multipliers(IoModel.of(table()), 1, 2, null, 0.3);
        assertThat(s.region()).isEqualTo("R2");
        assertThat(s.output()).isCloseTo(5.0 / 3, within(1e-12));
        assertThat(s.valueAdded()).isCloseTo(5.0 / 6, within(1e-12));
    }

    @Test
    void with_employment_and_delta_zero_flq_is_the_cross_industry_quotient_capped_at_one() {
        // δ = 0: λ* = 1, FLQ_ij = SLQ_i / SLQ_j (i ≠ j), FLQ_ii = SLQ_i:
        // FLQ = [[1, 2, 0.5], [0.5, 0.5, 0.25], [2, 4, 2]] → min(·, 1) = [[1, 1, 0.5], [0.5, 0.5, 0.25], [1, 1, 1]];
        // A^r = [[0.1, 0.05, 0.1], [0.1, 0.05, 0.025], [0.05, 0.1, 0.1]];
        // I − A^r = [[9/10, −1/20, −1/10], [−1/10, 19/20, −1/40], [−1/20, −1/10, 9/10]], det = 12111/16000,
        // column 2 of adj = (11/200, 161/200, 37/400) = (0.055, 0.805, 0.0925):
        // output = 0.9525 · 16000/12111 = 5080/4037, value added = (0.55·0.055 + 0.65·0.805 + 0.45·0.0925) = 0.595125
        // → 3174/4037, employment = (2·0.055 + 1·0.805 + 1·0.0925) = 1.0075 → 16120/12111 persons per table unit.
        RegionalEmployment emp = new RegionalEmployment(SECTORS, RE, NE, 1.0);
        for (IoModel m : models(table())) {
            SectorMultipliers s = RegionalIo.multipliers(m, 0, 1, emp, 0.0);
            assertThat(s.method()).isEqualTo(SectorMultipliers.Method.FLQ);
            assertThat(s.output()).isCloseTo(5080.0 / 4037, within(1e-12));
            assertThat(s.valueAdded()).isCloseTo(3174.0 / 4037, within(1e-12));
            assertThat(s.employment()).hasValueCloseTo(16120.0 / 12111, within(1e-12));
            assertThat(s.lambda()).hasValueCloseTo(1.0, within(1e-15));
        }
    }

    @Test
    void with_employment_and_the_default_delta_the_region_buys_less_from_itself() {
        // δ = 0.3: λ* = [log2(1.1)]^0.3 = 0.55143477233236014; FLQ = CILQ·λ* capped at 1:
        // A^r = [[0.1λ, 0.05, 0.2·0.5λ], [0.2·0.5λ, 0.1·0.5λ, 0.1·0.25λ], [0.05, 0.1, 0.1]]
        //     = [[0.055143477, 0.05, 0.055143477], [0.055143477, 0.027571739, 0.013785869], [0.05, 0.1, 0.1]],
        // det(I − A^r) = 0.82012094502642125; inverted with 40-digit arithmetic (mpmath), column 2 gives
        // output 1.2133743232181040, value added 0.75888238357424038, employment 1.2749681015866058 per table unit.
        // One table unit = 7 cluster units (say million USD → million CNY): 1.2749681015866058 / 7 persons per unit.
        RegionalEmployment emp = new RegionalEmployment(SECTORS, RE, NE, 7.0);
        for (IoModel m : models(table())) {
            SectorMultipliers s = RegionalIo.multipliers(m, 0, 1, emp, Regionalisation.DEFAULT_DELTA);
            assertThat(s.lambda()).hasValueCloseTo(0.55143477233236014, within(1e-15));
            assertThat(s.delta()).hasValue(0.3);
            assertThat(s.output()).isCloseTo(1.2133743232181040, within(1e-12));
            assertThat(s.valueAdded()).isCloseTo(0.75888238357424038, within(1e-12));
            assertThat(s.employment()).hasValueCloseTo(1.2749681015866058 / 7, within(1e-12));
            assertThat(s.output()).as("FLQ shrinks the regional multiplier below the national one")
                    .isLessThan(3830.0 / 2791);
            assertThat(s.description().en()).contains("δ = 0.3").contains("λ* = 0.5514")
                    .contains("1 table money unit = 7 cluster currency units").contains("assumption");
            assertThat(s.description().zh()).contains("δ = 0.3").contains("假设");
        }
    }

    @Test
    void the_employment_multiplier_is_converted_to_the_clusters_currency_unit() {
        RegionalEmployment perTableUnit = new RegionalEmployment(SECTORS, RE, NE, 1.0);
        RegionalEmployment per700 = new RegionalEmployment(SECTORS, RE, NE, 700.0);
        IoModel m = IoModel.of(table());
        SectorMultipliers a = RegionalIo.multipliers(m, 0, 1, perTableUnit, 0.0);
        SectorMultipliers b = RegionalIo.multipliers(m, 0, 1, per700, 0.0);
        assertThat(b.employment()).hasValueCloseTo(16120.0 / 12111 / 700, within(1e-15));
        assertThat(b.output()).isEqualTo(a.output());
        assertThat(b.valueAdded()).isEqualTo(a.valueAdded());
    }

    /**
     * R1_S3 produces nothing: its Z row and column, its final demand, output and value added are 0 (the other
     * columns' value added rises by what they bought from it, va = x − 1'·Z: va_1 = 60, va_2 = 150).
     */
    static IoTable zeroOutputTable() {
        double[][] z = new double[6][];
        double[][] y = new double[6][];
        for (int i = 0; i < 6; i++) {
            z[i] = Z[i].clone();
            y[i] = Y[i].clone();
        }
        double[] x = X.clone();
        for (int k = 0; k < 6; k++) {
            y[k][0] += z[k][2]; // keep the rows balanced
            z[2][k] = 0;
            z[k][2] = 0;
        }
        y[2] = new double[] {0, 0};
        x[2] = 0;
        double[] va = new double[6];
        for (int j = 0; j < 6; j++) {
            double s = 0;
            for (int i = 0; i < 6; i++) {
                s += z[i][j];
            }
            va[j] = x[j] - s;
        }
        return table(z, y, va, x);
    }

    @Test
    void a_zero_output_sector_has_zero_coefficients_and_cannot_be_the_linked_one() {
        // A_rr = [[0.1, 0.05, 0], [0.2, 0.1, 0], [0, 0, 0]], v = (0.6, 0.75, 0).
        // National: I − A (block of S1, S2) = [[0.9, −0.05], [−0.2, 0.9]], det = 0.8, L = [[0.9, 0.05], [0.2, 0.9]] / 0.8:
        // output of S2 = 0.95/0.8 = 1.1875, value added = (0.6·0.05 + 0.75·0.9)/0.8 = 0.88125.
        // FLQ, δ = 0 (SLQ as before): A^r block = [[0.1, 0.05], [0.1, 0.05]], I − A^r = [[0.9, −0.05], [−0.1, 0.95]],
        // det = 0.85, L = [[0.95, 0.05], [0.1, 0.9]] / 0.85; e = (2, 1, 0) (x_3 = 0 gives e_3 = 0, not NaN):
        // output of S2 = 0.95/0.85, value added = 0.705/0.85, employment = (2·0.05 + 0.9)/0.85 = 1/0.85.
        IoTable t = zeroOutputTable();
        assertThat(t.balance().maxRowGap()).isZero();
        for (IoModel m : models(t)) {
            SectorMultipliers national = RegionalIo.multipliers(m, 0, 1, null, 0.3);
            assertThat(national.output()).isCloseTo(1.1875, within(1e-12));
            assertThat(national.valueAdded()).isCloseTo(0.88125, within(1e-12));
            SectorMultipliers flq = RegionalIo.multipliers(m, 0, 1, new RegionalEmployment(SECTORS, RE, NE, 1), 0.0);
            assertThat(flq.output()).isCloseTo(0.95 / 0.85, within(1e-12));
            assertThat(flq.valueAdded()).isCloseTo(0.705 / 0.85, within(1e-12));
            assertThat(flq.employment()).hasValueCloseTo(1 / 0.85, within(1e-12));
            assertThatThrownBy(() -> RegionalIo.multipliers(m, 0, 2, null, 0.3))
                    .isInstanceOfSatisfying(TableValidationException.class, e -> {
                        assertThat(e.label()).isEqualTo("R1_S3");
                        assertThat(e.problem()).contains("zero gross output");
                    });
        }
    }

    @Test
    void employment_for_other_sectors_or_an_impossible_delta_is_refused() {
        IoModel m = IoModel.of(table());
        RegionalEmployment other = new RegionalEmployment(List.of("A", "B", "C"), RE, NE, 1);
        assertThatThrownBy(() -> RegionalIo.multipliers(m, 0, 1, other, 0.3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[A, B, C]");
        RegionalEmployment emp = new RegionalEmployment(SECTORS, RE, NE, 1);
        assertThatThrownBy(() -> RegionalIo.multipliers(m, 0, 1, emp, 1.0)).hasMessageContaining("δ");
        assertThatThrownBy(() -> RegionalIo.multipliers(m, 2, 1, null, 0.3)).hasMessageContaining("region index 2");
        assertThatThrownBy(() -> RegionalIo.multipliers(m, 0, 3, null, 0.3)).hasMessageContaining("sector index 3");
    }

    @Test
    void impossible_employment_figures_cannot_be_built() {
        assertThatThrownBy(() -> new RegionalEmployment(SECTORS, new double[] {20, 300, 20}, NE, 1))
                .hasMessageContaining("sector S2").hasMessageContaining("exceeds national");
        assertThatThrownBy(() -> new RegionalEmployment(SECTORS, new double[] {-1, 10, 20}, NE, 1))
                .hasMessageContaining("sector S1");
        assertThatThrownBy(() -> new RegionalEmployment(SECTORS, RE, NE, 0)).hasMessageContaining("conversion factor");
        assertThatThrownBy(() -> new RegionalEmployment(SECTORS, new double[] {0, 0, 0}, NE, 1))
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> new RegionalEmployment(SECTORS, new double[] {1, 2}, NE, 1))
                .hasMessageContaining("each of the 3 sectors");
    }
}
