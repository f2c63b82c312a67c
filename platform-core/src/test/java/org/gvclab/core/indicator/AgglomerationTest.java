package org.gvclab.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AgglomerationTest {

    @Test
    void location_quotient_by_hand() {
        // county: 30,000 of 100,000 jobs in socks; nation: 1 million of 500 million → (0.3) / (0.002) = 150
        assertThat(Agglomeration.locationQuotient(30_000, 100_000, 1_000_000, 500_000_000)).isCloseTo(150, within(1e-9));
        assertThatThrownBy(() -> Agglomeration.locationQuotient(1, 0, 1, 1)).hasMessageContaining("positive");
    }

    @Test
    void herfindahl_and_its_normalised_form_by_hand() {
        // shares .5 .3 .2: H = .25 + .09 + .04 = .38; H* = (.38 − 1/3) / (2/3) = .07
        assertThat(Agglomeration.herfindahl(new double[] {50, 30, 20})).isCloseTo(0.38, within(1e-12));
        assertThat(Agglomeration.normalisedHerfindahl(new double[] {50, 30, 20})).isCloseTo(0.07, within(1e-12));
        assertThat(Agglomeration.normalisedHerfindahl(new double[] {1, 1, 1, 1})).isCloseTo(0, within(1e-12));
    }

    @Test
    void ellison_glaeser_by_hand() {
        // s = (.8, .2), x = (.5, .5): G = .09 + .09 = .18, Σx² = .5; four equal plants: H = .25
        // γ = (.18 − .5 × .25) / (.5 × .75) = .055 / .375
        assertThat(Agglomeration.ellisonGlaeser(new double[] {80, 20}, new double[] {50, 50}, new double[] {25, 25, 25, 25}))
                .isCloseTo(0.055 / 0.375, within(1e-12));
        assertThatThrownBy(() -> Agglomeration.ellisonGlaeser(new double[] {1}, new double[] {1, 2}, new double[] {1}))
                .hasMessageContaining("areas");
    }

    @Test
    void ellison_glaeser_of_rd_staff_over_areas_with_equal_plants_by_hand() {
        // R&D staff (700, 200, 100) in 7, 2 and 1 firms: every firm has 100, so H = 1/10 = Σ s_j² / n_j
        // = .49/7 + .04/2 + .01/1; employment (5,000, 3,000, 2,000): x = (.5, .3, .2), Σx² = .38
        // G = (.7 − .5)² + (.2 − .3)² + (.1 − .2)² = .06; γ = (.06 − .62 × .1) / (.62 × .9) = −.002 / .558
        double[] rd = {700, 200, 100};
        double[] firms = {7, 2, 1};
        double[] employees = {5000, 3000, 2000};
        assertThat(Agglomeration.herfindahlOfEqualPlants(rd, firms)).isCloseTo(0.1, within(1e-15));
        assertThat(Agglomeration.ellisonGlaeser(rd, employees, 0.1)).isCloseTo(-0.002 / 0.558, within(1e-12));
        assertThat(org.gvclab.core.paradox.InnovationAgglomeration.acrossAreas(rd, employees, firms))
                .isCloseTo(-0.002 / 0.558, within(1e-12));
        // the same R&D staff in 20 equal firms of 35, 10 and 5 (H = .05): γ = (.06 − .031) / (.62 × .95)
        assertThat(Agglomeration.ellisonGlaeser(rd, employees, new double[] {
                35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35}))
                .isCloseTo(0.029 / 0.589, within(1e-12));
        assertThatThrownBy(() -> Agglomeration.herfindahlOfEqualPlants(rd, new double[] {7, 0, 1}))
                .hasMessageContaining("area 1");
    }
}
