package org.gvclab.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TopsisTest {

    private static final Polarity B = Polarity.HIGHER_IS_BETTER;
    private static final Polarity C = Polarity.HIGHER_IS_WORSE;

    @Test
    void a_two_by_two_example_worked_by_hand() {
        // x = [[3, 4], [4, 3]]: column norms 5 and 5, r = [[.6, .8], [.8, .6]]
        // w = (.75, .25): v = [[.45, .2], [.6, .15]]; A+ = (.6, .2), A− = (.45, .15)
        // A: D+ = .15, D− = .05, C = .25;  B: D+ = .05, D− = .15, C = .75
        Topsis.Result r = Topsis.rank(new double[][] {{3, 4}, {4, 3}}, new double[] {.75, .25}, new Polarity[] {B, B});
        assertThat(r.normalised()[0]).containsExactly(new double[] {.6, .8}, within(1e-12));
        assertThat(r.ideal()).containsExactly(new double[] {.6, .2}, within(1e-12));
        assertThat(r.antiIdeal()).containsExactly(new double[] {.45, .15}, within(1e-12));
        assertThat(r.dPlus()).containsExactly(new double[] {.15, .05}, within(1e-12));
        assertThat(r.closeness()).containsExactly(new double[] {.25, .75}, within(1e-12));
        assertThat(r.ranks()).containsExactly(2, 1);
    }

    @Test
    void a_cost_criterion_swaps_ideal_and_anti_ideal() {
        // as above with criterion 2 a cost: A+ = (.6, .15), A− = (.45, .2): B coincides with A+, A with A−
        Topsis.Result r = Topsis.rank(new double[][] {{3, 4}, {4, 3}}, new double[] {.75, .25}, new Polarity[] {B, C});
        assertThat(r.closeness()).containsExactly(new double[] {0, 1}, within(1e-12));
    }

    @Test
    void ideal_solutions_match_the_published_example_of_the_r_package_mcda() {
        // R package MCDA (Bigaret, Meyer et al.), TOPSIS help page example: cars Corsa, Clio, Fiesta on purchase
        // price (min), economy, aesthetics, boot capacity (max), weights .35 .25 .25 .15; the example gives
        // positiveIdealSolutions = (0.179573776, 0.171636015, 0.159499658, 0.087302767) and
        // negativeIdealSolutions = (0.212610118, 0.124958799, 0.131352659, 0.085797547).
        double[][] x = {{5490, 51.4, 8.5, 285}, {6500, 70.6, 7, 288}, {6489, 54.3, 7.5, 290}};
        Topsis.Result r = Topsis.rank(x, new double[] {.35, .25, .25, .15}, new Polarity[] {C, B, B, B});
        assertThat(r.ideal()).containsExactly(new double[] {0.179573776, 0.171636015, 0.159499658, 0.087302767}, within(1e-9));
        assertThat(r.antiIdeal()).containsExactly(new double[] {0.212610118, 0.124958799, 0.131352659, 0.085797547}, within(1e-9));
        // closeness from the definition on those published ideals
        for (int i = 0; i < 3; i++) {
            assertThat(r.closeness()[i]).isCloseTo(r.dMinus()[i] / (r.dPlus()[i] + r.dMinus()[i]), within(1e-15));
        }
        assertThat(r.ranks()[2]).isEqualTo(3); // Fiesta: dominated on price by Corsa, on economy by Clio
    }
}
