package org.gvclab.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CompositeTest {

    private static final double EPS = 1e-9;
    private static final double[][] X = {{2, 10}, {4, 20}, {6, 40}};
    private static final Polarity[] PLUS_MINUS = {Polarity.HIGHER_IS_BETTER, Polarity.HIGHER_IS_WORSE};

    @Test
    void min_max_scales_to_0_100_and_flips_negative_polarity() {
        double[][] y = Composite.normalise(X, PLUS_MINUS, Normalisation.MIN_MAX, null);
        // column 1: (x − 2) / 4 × 100; column 2: (40 − x) / 30 × 100
        assertThat(y[0]).containsExactly(new double[] {0, 100}, within(EPS));
        assertThat(y[1]).containsExactly(new double[] {50, 100 * 20.0 / 30}, within(EPS));
        assertThat(y[2]).containsExactly(new double[] {100, 0}, within(EPS));
    }

    @Test
    void z_scores_use_the_sample_standard_deviation() {
        double[][] y = Composite.normalise(X, PLUS_MINUS, Normalisation.Z_SCORE, null);
        // column 1: mean 4, sd = sqrt((4 + 0 + 4) / 2) = 2
        assertThat(new double[] {y[0][0], y[1][0], y[2][0]}).containsExactly(new double[] {-1, 0, 1}, within(EPS));
        // column 2: mean 70/3, sd = sqrt(((−40/3)² + (−10/3)² + (50/3)²) / 2) = sqrt(2100/9) ≈ 15.2753; flipped
        double sd = Math.sqrt(2100.0 / 9);
        assertThat(y[2][1]).isCloseTo(-(40 - 70.0 / 3) / sd, within(EPS));
    }

    @Test
    void distance_to_reference_is_100_at_the_reference() {
        double[][] y = Composite.normalise(X, PLUS_MINUS, Normalisation.DISTANCE_TO_REFERENCE, new double[] {4, 20});
        assertThat(y[1]).containsExactly(new double[] {100, 100}, within(EPS));
        assertThat(y[2][0]).isCloseTo(150, within(EPS));   // 50 % above a higher-is-better reference
        assertThat(y[2][1]).isCloseTo(0, within(EPS));     // 100 % above a higher-is-worse reference
        assertThatThrownBy(() -> Composite.normalise(X, PLUS_MINUS, Normalisation.DISTANCE_TO_REFERENCE, new double[] {0, 1}))
                .hasMessageContaining("non-zero");
    }

    @Test
    void goalposts_clamp_and_flip() {
        assertThat(Composite.goalposts(5, 0, 20, Polarity.HIGHER_IS_BETTER)).isCloseTo(25, within(EPS));
        assertThat(Composite.goalposts(5, 0, 20, Polarity.HIGHER_IS_WORSE)).isCloseTo(75, within(EPS));
        assertThat(Composite.goalposts(50, 0, 20, Polarity.HIGHER_IS_BETTER)).isEqualTo(100);
        assertThat(Composite.goalposts(-5, 0, 20, Polarity.HIGHER_IS_WORSE)).isEqualTo(100);
    }

    @Test
    void arithmetic_and_geometric_aggregation_match_hand_calculations() {
        assertThat(Composite.arithmetic(new double[] {50, 100}, new double[] {1, 3})).isCloseTo(87.5, within(EPS));
        assertThat(Composite.geometric(new double[] {4, 16}, new double[] {1, 1})).isCloseTo(8, within(EPS));
        // 10^0.25 × 1000^0.75 = 10^(0.25 + 2.25) = 10^2.5
        assertThat(Composite.geometric(new double[] {10, 1000}, new double[] {0.25, 0.75})).isCloseTo(Math.pow(10, 2.5), within(1e-9));
        assertThat(Composite.geometric(new double[] {0, 1000}, new double[] {1, 1})).isZero();
        assertThatThrownBy(() -> Composite.geometric(new double[] {-1, 2}, new double[] {1, 1})).hasMessageContaining("≥ 0");
    }

    @Test
    void equal_and_manual_weights_add_up_to_one_and_bad_weights_are_refused() {
        assertThat(Weights.equal(4)).containsExactly(0.25, 0.25, 0.25, 0.25);
        assertThat(Weights.manual(new double[] {1, 3})).containsExactly(0.25, 0.75);
        assertThatThrownBy(() -> Weights.manual(new double[] {1, -1})).hasMessageContaining("weight 1");
        assertThatThrownBy(() -> Weights.manual(new double[] {0, 0})).hasMessageContaining("zero");
    }

    @Test
    void entropy_weights_match_a_hand_calculation() {
        // column 1 = (1, 2, 3): p = 1/6, 2/6, 3/6; e1 = −Σ p ln p / ln 3 = 1.011404 / 1.098612 = 0.920620
        // column 2 = (1, 1, 4): p = 1/6, 1/6, 4/6; e2 = (2 × 0.298627 + 0.270310) / 1.098612 = 0.789690
        // d = (0.079380, 0.210310); w = d / 0.289690 = (0.274018, 0.725982)
        double[] w = Weights.entropy(new double[][] {{1, 1}, {2, 1}, {3, 4}});
        assertThat(w).containsExactly(new double[] {0.274018, 0.725982}, within(1e-6));
        // a column with equal values carries no information: weight 0
        assertThat(Weights.entropy(new double[][] {{5, 1}, {5, 3}})[0]).isCloseTo(0, within(EPS));
        assertThatThrownBy(() -> Weights.entropy(new double[][] {{0, 1}, {0, 2}})).hasMessageContaining("indicator 0");
    }

    @Test
    void ranks_give_ties_the_smaller_rank() {
        assertThat(Composite.ranks(new double[] {3, 9, 3, 1})).containsExactly(2, 1, 2, 4);
    }
}
