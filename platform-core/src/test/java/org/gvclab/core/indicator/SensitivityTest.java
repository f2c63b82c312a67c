package org.gvclab.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Morris and Sobol on functions whose answers are known. */
class SensitivityTest {

    @Test
    void morris_elementary_effects_of_a_linear_function_are_its_coefficients_with_no_spread() {
        double[] beta = {3, -2, 0.5, 0};
        List<Sensitivity.MorrisEffect> e = Sensitivity.morris(4, 12, 4, 7, u -> {
            double y = 10;
            for (int i = 0; i < 4; i++) {
                y += beta[i] * u[i];
            }
            return y;
        });
        for (int i = 0; i < 4; i++) {
            assertThat(e.get(i).mu()).isCloseTo(beta[i], within(1e-12));
            assertThat(e.get(i).muStar()).isCloseTo(Math.abs(beta[i]), within(1e-12));
            assertThat(e.get(i).sigma()).isCloseTo(0, within(1e-12));
        }
    }

    @Test
    void morris_flags_an_interaction_by_the_spread_of_its_effects() {
        // y = u0 · u1: the effect of u0 is u1, which varies over the trajectories; u2 does nothing
        List<Sensitivity.MorrisEffect> e = Sensitivity.morris(3, 30, 4, 3, u -> u[0] * u[1]);
        assertThat(e.get(0).sigma()).isPositive();
        assertThat(e.get(0).muStar()).isBetween(0.0, 1.0);
        assertThat(e.get(2).muStar()).isZero();
        assertThatThrownBy(() -> Sensitivity.morris(3, 10, 3, 1, u -> 0)).hasMessageContaining("levels");
    }

    @Test
    void sobol_indices_of_the_ishigami_function_match_the_analytical_values() {
        // Ishigami & Homma (1990): f = sin x1 + a sin² x2 + b x3⁴ sin x1, x ∈ [−π, π]³, a = 7, b = 0.1;
        // analytical S = (0.3139, 0.4424, 0), S_T = (0.5576, 0.4424, 0.2437) (Saltelli et al. 2008, Global
        // Sensitivity Analysis: The Primer)
        double a = 7;
        double b = 0.1;
        double v = a * a / 8 + b * Math.pow(Math.PI, 4) / 5 + b * b * Math.pow(Math.PI, 8) / 18 + 0.5;
        double v1 = 0.5 * Math.pow(1 + b * Math.pow(Math.PI, 4) / 5, 2);
        double v2 = a * a / 8;
        double v13 = b * b * Math.pow(Math.PI, 8) * (1.0 / 18 - 1.0 / 50);
        List<Sensitivity.SobolIndex> s = Sensitivity.sobol(3, 20_000, 11, u -> {
            double x1 = Math.PI * (2 * u[0] - 1);
            double x2 = Math.PI * (2 * u[1] - 1);
            double x3 = Math.PI * (2 * u[2] - 1);
            return Math.sin(x1) + a * Math.sin(x2) * Math.sin(x2) + b * Math.pow(x3, 4) * Math.sin(x1);
        });
        assertThat(v1 / v).isCloseTo(0.3139, within(1e-4));
        assertThat(s.get(0).firstOrder()).isCloseTo(v1 / v, within(0.03));
        assertThat(s.get(1).firstOrder()).isCloseTo(v2 / v, within(0.03));
        assertThat(s.get(2).firstOrder()).isCloseTo(0, within(0.03));
        assertThat(s.get(0).total()).isCloseTo((v1 + v13) / v, within(0.03));
        assertThat(s.get(1).total()).isCloseTo(v2 / v, within(0.03));
        assertThat(s.get(2).total()).isCloseTo(v13 / v, within(0.03));
    }
}
