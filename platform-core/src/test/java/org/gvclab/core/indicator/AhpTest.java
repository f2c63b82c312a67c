package org.gvclab.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class AhpTest {

    /**
     * Saaty, T. L. (1990). How to make a decision: The Analytic Hierarchy Process. European Journal of Operational
     * Research 48(1), 9–26: the house example, pairwise comparison of the eight criteria (size of house,
     * transportation, neighbourhood, age, yard space, modern facilities, general condition, financing). Published
     * priorities .173 .054 .188 .018 .031 .036 .167 .333, λmax = 9.669, C.I. = 0.238, C.R. = 0.169.
     */
    private static final double[][] SAATY_1990_HOUSE_CRITERIA = {
            {1, 5, 3, 7, 6, 6, 1.0 / 3, 1.0 / 4},
            {1.0 / 5, 1, 1.0 / 3, 5, 3, 3, 1.0 / 5, 1.0 / 7},
            {1.0 / 3, 3, 1, 6, 3, 4, 6, 1.0 / 5},
            {1.0 / 7, 1.0 / 5, 1.0 / 6, 1, 1.0 / 3, 1.0 / 4, 1.0 / 7, 1.0 / 8},
            {1.0 / 6, 1.0 / 3, 1.0 / 3, 3, 1, 1.0 / 2, 1.0 / 5, 1.0 / 6},
            {1.0 / 6, 1.0 / 3, 1.0 / 4, 4, 2, 1, 1.0 / 5, 1.0 / 6},
            {3, 5, 1.0 / 6, 7, 5, 5, 1, 1.0 / 2},
            {4, 7, 5, 8, 6, 6, 2, 1}};

    /** Saaty (1990), same paper: the three houses A, B, C compared on size. Published .754 .181 .065, λmax 3.136, CI .068, CR .117. */
    private static final double[][] SAATY_1990_SIZE = {{1, 6, 8}, {1.0 / 6, 1, 4}, {1.0 / 8, 1.0 / 4, 1}};

    @Test
    void reproduces_saatys_1990_house_criteria_priorities_and_consistency() {
        Ahp.Result r = Ahp.of(SAATY_1990_HOUSE_CRITERIA);
        // published to three decimals: tolerance half a unit in the last place
        assertThat(r.weights()).containsExactly(new double[] {.173, .054, .188, .018, .031, .036, .167, .333}, within(0.0005));
        assertThat(r.lambdaMax()).isCloseTo(9.669, within(0.0005));
        assertThat(r.ci()).isCloseTo(0.238, within(0.0005));
        assertThat(r.ri()).isEqualTo(1.41);
        assertThat(r.cr()).isCloseTo(0.169, within(0.0005));
        assertThat(r.consistent()).isFalse();
        assertThat(r.revisit()).isNotNull();
    }

    @Test
    void reproduces_saatys_1990_size_comparison() {
        Ahp.Result r = Ahp.of(SAATY_1990_SIZE);
        assertThat(r.weights()).containsExactly(new double[] {.754, .181, .065}, within(0.0005));
        assertThat(r.lambdaMax()).isCloseTo(3.136, within(0.0005));
        assertThat(r.ci()).isCloseTo(0.068, within(0.0005));
        assertThat(r.cr()).isCloseTo(0.117, within(0.0005));
    }

    @Test
    void a_perfectly_consistent_matrix_gives_its_ratios_and_zero_cr() {
        // w = (4, 2, 1) / 7: a_ij = w_i / w_j
        Ahp.Result r = Ahp.of(new double[][] {{1, 2, 4}, {0.5, 1, 2}, {0.25, 0.5, 1}});
        assertThat(r.weights()).containsExactly(new double[] {4 / 7.0, 2 / 7.0, 1 / 7.0}, within(1e-12));
        assertThat(r.lambdaMax()).isCloseTo(3, within(1e-12));
        assertThat(r.cr()).isCloseTo(0, within(1e-12));
        assertThat(r.consistent()).isTrue();
        assertThat(r.revisit()).isNull();
    }

    @Test
    void the_hint_points_to_the_one_reversed_judgement_and_suggests_the_consistent_value() {
        // the consistent 4-2-1 matrix on four elements (8-4-2-1) with a14 reversed from 8 to 1/8
        double[][] a = {{1, 2, 4, 1.0 / 8}, {0.5, 1, 2, 4}, {0.25, 0.5, 1, 2}, {8, 0.25, 0.5, 1}};
        Ahp.Result r = Ahp.of(a);
        assertThat(r.consistent()).isFalse();
        assertThat(r.revisit()).satisfies(h -> {
            assertThat(h.row()).isEqualTo(0);
            assertThat(h.column()).isEqualTo(3);
            assertThat(h.current()).isEqualTo(1.0 / 8);
            assertThat(h.suggested()).isEqualTo(8); // a12·a24 = 2·4 = 8 and a13·a34 = 4·2 = 8
        });
    }

    @Test
    void group_judgements_are_the_element_wise_geometric_mean() {
        double[][] a = {{1, 2, 8}, {0.5, 1, 4}, {1.0 / 8, 0.25, 1}};
        double[][] b = {{1, 8, 2}, {1.0 / 8, 1, 0.25}, {0.5, 4, 1}};
        Ahp.Result g = Ahp.group(List.of(a, b));
        // sqrt(2 × 8) = 4, sqrt(8 × 2) = 4, sqrt(4 × 1/4) = 1
        assertThat(g.matrix()[0]).containsExactly(new double[] {1, 4, 4}, within(1e-12));
        assertThat(g.matrix()[1]).containsExactly(new double[] {0.25, 1, 1}, within(1e-12));
        assertThat(g.matrix()[2]).containsExactly(new double[] {0.25, 1, 1}, within(1e-12));
        // consistent: w = (4, 1, 1) / 6
        assertThat(g.weights()).containsExactly(new double[] {4 / 6.0, 1 / 6.0, 1 / 6.0}, within(1e-12));
        assertThat(g.cr()).isCloseTo(0, within(1e-12));
    }

    @Test
    void non_reciprocal_non_positive_or_oversized_matrices_are_refused_with_the_entry() {
        assertThatThrownBy(() -> Ahp.of(new double[][] {{1, 3}, {3, 1}})).hasMessageContaining("(1, 2)").hasMessageContaining("reciprocal");
        assertThatThrownBy(() -> Ahp.of(new double[][] {{1, 0}, {0, 1}})).hasMessageContaining("(1, 2)").hasMessageContaining("positive");
        assertThatThrownBy(() -> Ahp.of(new double[11][11])).hasMessageContaining("10×10");
        assertThatThrownBy(() -> Ahp.group(List.of(new double[][] {{1}}, new double[][] {{1, 1}, {1, 1}})))
                .hasMessageContaining("member 2");
    }
}
