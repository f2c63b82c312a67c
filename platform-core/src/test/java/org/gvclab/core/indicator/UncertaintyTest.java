package org.gvclab.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UncertaintyTest {

    private static final Polarity[] P = {Polarity.HIGHER_IS_BETTER, Polarity.HIGHER_IS_BETTER, Polarity.HIGHER_IS_WORSE};

    @Test
    void a_unit_that_dominates_on_every_indicator_ranks_first_in_every_draw() {
        double[][] x = {{9, 9, 1}, {5, 6, 4}, {4, 2, 5}, {6, 1, 3}};
        Uncertainty.Result r = Uncertainty.run(x, P, new double[] {1, 1, 1}, null, Uncertainty.Settings.defaults(42));
        Uncertainty.UnitRank top = r.units().get(0);
        assertThat(top.nominalRank()).isEqualTo(1);
        assertThat(top.medianRank()).isEqualTo(1);
        assertThat(top.p05()).isEqualTo(1);
        assertThat(top.p95()).isEqualTo(1);
        assertThat(r.units()).allSatisfy(u -> assertThat(u.p05()).isLessThanOrEqualTo(u.medianRank()));
        assertThat(r.units()).allSatisfy(u -> assertThat(u.medianRank()).isLessThanOrEqualTo(u.p95()));
        assertThat(r.varied()).hasSize(3);
        assertThat(r.varied().get(0).en()).contains("25%");
    }

    @Test
    void units_that_trade_off_get_a_wide_band_when_weights_vary() {
        // unit 0 wins on indicator 1, unit 1 on indicator 2, equally: any weight shift reorders them
        double[][] x = {{10, 0}, {0, 10}, {-5, -5}};
        Polarity[] p = {Polarity.HIGHER_IS_BETTER, Polarity.HIGHER_IS_BETTER};
        Uncertainty.Settings s = new Uncertainty.Settings(500, 7, 0.5, List.of(Normalisation.MIN_MAX),
                List.of(Composite.Aggregation.ARITHMETIC));
        Uncertainty.Result r = Uncertainty.run(x, p, new double[] {1, 1}, null, s);
        assertThat(r.units().get(0).p05()).isEqualTo(1);
        assertThat(r.units().get(0).p95()).isEqualTo(2);
        assertThat(r.units().get(2).p05()).isEqualTo(3);
        assertThat(r.varied()).hasSize(1);
    }

    @Test
    void the_same_seed_gives_the_same_result_and_fixed_settings_give_the_nominal_rank() {
        double[][] x = {{1, 5, 3}, {2, 4, 2}, {3, 3, 1}};
        double[] w = {2, 1, 1};
        Uncertainty.Result a = Uncertainty.run(x, P, w, null, Uncertainty.Settings.defaults(3));
        Uncertainty.Result b = Uncertainty.run(x, P, w, null, Uncertainty.Settings.defaults(3));
        assertThat(a).isEqualTo(b);
        Uncertainty.Settings fixed = new Uncertainty.Settings(20, 3, 0, List.of(Normalisation.MIN_MAX),
                List.of(Composite.Aggregation.ARITHMETIC));
        Uncertainty.Result f = Uncertainty.run(x, P, w, null, fixed);
        assertThat(f.units()).allSatisfy(u -> {
            assertThat(u.p05()).isEqualTo(u.nominalRank());
            assertThat(u.p95()).isEqualTo(u.nominalRank());
        });
        assertThat(f.varied()).isEmpty();
    }

    @Test
    void quantiles_interpolate_between_order_statistics() {
        double[] s = {1, 2, 3, 4, 5};
        assertThat(Uncertainty.quantile(s, 0.5)).isEqualTo(3);
        assertThat(Uncertainty.quantile(s, 0.05)).isEqualTo(1.2); // h = 4 × 0.05 = 0.2
        assertThat(Uncertainty.quantile(s, 0.95)).isEqualTo(4.8);
    }
}
