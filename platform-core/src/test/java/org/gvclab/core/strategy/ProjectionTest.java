package org.gvclab.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.cluster.TestRecords;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.core.paradox.DiagnosisInputs;
import org.junit.jupiter.api.Test;

/**
 * Projected years worked by hand for {@link TestRecords#complete}: output and sales 1,000,000, value added 200,000,
 * domestic sales and exports 500,000 each, R&amp;D 10,000, OBM / ODM / OEM sales 100,000 / 200,000 / 600,000
 * (cov = 0.9), 50,000 employees, 20 % of exports to restricted markets; one record, so the growth rates keep their
 * generic nominal defaults (domestic 6 %, exports 4 %, pre-sample R&amp;D 11.6 %), deflated by 1.5 %.
 */
class ProjectionTest {

    private static final double REL = 1e-12;
    /** Real growth of domestic and export demand: (1 + g) / (1 + π) − 1. */
    private static final double GD = 1.06 / 1.015 - 1;
    private static final double GX = 1.04 / 1.015 - 1;
    private final ClusterBaseline b = ClusterBaseline.of(DiagnosisInputs.of(List.of(TestRecords.complete(2023)), null, null));
    private final double[] p = b.parameters().vector();

    private Projection.Path run(Strategy s, Shock shock, boolean shocked) {
        return Projection.run(b, p, new Projection.Plan(s, b.va0, 3), 3, shock, shocked, true);
    }

    private static Strategy strategy(Lever... levers) {
        return new Strategy("T", LocalizedText.of("T"), LocalizedText.of("T"), List.of(levers));
    }

    @Test
    void the_first_year_of_the_status_quo_matches_the_hand_calculation() {
        Projection.Path path = run(strategy(), Shock.none(), false);
        // demand: D1 = 500,000 × (1 + g_D), X1 = 500,000 × (1 + g_X), both real; σ = 1 and Q/S = 1
        double q1 = 500_000 * (1 + GD) + 500_000 * (1 + GX);
        assertThat(path.q[1]).isCloseTo(q1, within(q1 * REL));
        // every stock grows in step with the perpetual inventory of output, so every capability index is 0 in year 1:
        // the mix stays at the base year's and the value-added rate at 20 %
        assertThat(path.obm[1]).isCloseTo(100 * 0.9 / 9, within(1e-9));
        assertThat(path.va[1]).isCloseTo(0.2 * q1, within(q1 * 1e-12));
        // Verdoorn: output grows at exactly the baseline ĝ = 0.5 g_D + 0.5 g_X, so productivity grows at the trend 4.2 %
        assertThat(path.jobs[1]).isCloseTo(50_000 * q1 / 1e6 / 1.042, within(1e-6));
        assertThat(path.cost[1]).isZero();
        assertThat(path.records[0]).isEqualTo(TestRecords.complete(2023));
        assertThat(path.va[0]).isEqualTo(200_000);
        assertThat(path.obm[0]).isCloseTo(10, within(1e-12));
    }

    @Test
    void home_market_learning_moves_the_mix_in_year_two_as_calculated_by_hand() {
        Projection.Path path = run(strategy(), Shock.none(), false);
        // home-market experience H and all-sales experience S̄, perpetual inventories with δ_H = 20 % and g0 the real
        // pre-sample growth: H0/S̄0 = 0.5; year 1 adds the year-0 sales; year 2 adds D1 and S1
        double g0 = 1.116 / 1.015 - 1;
        double h1 = 0.8 * 500_000 / (g0 + 0.2) + 500_000;
        double s1 = 0.8 * 1_000_000 / (g0 + 0.2) + 1_000_000;
        double d1 = 500_000 * (1 + GD);
        double q1 = d1 + 500_000 * (1 + GX);
        double h2 = 0.8 * h1 + d1;
        double s2 = 0.8 * s1 + q1;
        double lH = Math.log((h2 / s2) / 0.5);
        // OBM target = 1/9 + 20 · ℓ_H / 100 (no capability has moved), adjusted by λ = 20 %; OEM + ODM + OBM is 90 %
        double obm2 = 1.0 / 9 + 0.2 * (20 * lH / 100);
        assertThat(lH).isPositive();
        assertThat(path.obm[2]).isCloseTo(100 * 0.9 * obm2, within(1e-9));
    }

    @Test
    void an_rd_subsidy_adds_its_additionality_times_the_budget_to_rd_and_only_to_public_support_which_is_not_scored() {
        Projection.Path path = run(strategy(Lever.of(LeverKind.RD_SUBSIDY, 1000, BudgetUnit.MONEY)), Shock.none(), false);
        double q1 = path.q[1];
        // R1 = (R0 / Q0) Q1 + 0.7 × 1,000
        double r1 = 0.01 * q1 + 700;
        YearlyRecord y1 = path.records[1];
        assertThat(y1.value("rd_expenditure").getAsDouble()).isCloseTo(r1, within(1e-6));
        assertThat(y1.value("rd_personnel").getAsDouble()).isCloseTo(1500 * r1 / 10_000, within(1e-9));
        assertThat(y1.value("invention_patents").getAsDouble()).isCloseTo(25 * r1 / 10_000, within(1e-9));
        // the recorded public support includes the budget: a policy input the lock-in index does not read
        assertThat(y1.value("public_support").getAsDouble()).isCloseTo(0.01 * path.va[1] + 1000, within(1e-6));
        assertThat(path.cost).containsExactly(0, 1000, 2000, 3000);
        // the subsidy enters the R&D stock of year 2 (K_t = (1 − δ) K_{t−1} + R_{t−1}), not of year 1
        Projection.Path none = run(strategy(), Shock.none(), false);
        assertThat(path.obm[1]).isEqualTo(none.obm[1]);
        assertThat(path.obm[2]).isGreaterThan(none.obm[2]);
        // R&D capital above the base-year intensity raises value added through the elasticity γ = 0.08
        assertThat(path.va[2] / path.q[2]).isGreaterThan(none.va[2] / none.q[2]);
    }

    @Test
    void a_budget_in_percent_of_value_added_is_turned_into_money_with_the_base_year_value_added() {
        Projection.Path path = run(strategy(Lever.of(LeverKind.RD_SUBSIDY, 0.5, BudgetUnit.PERCENT_OF_VALUE_ADDED)),
                Shock.none(), false);
        assertThat(path.cost[1]).isCloseTo(0.005 * 200_000, within(1e-9));
    }

    @Test
    void the_shock_cuts_only_the_exports_to_restricted_markets_from_its_year_on() {
        // with home-market learning off the mix cannot move, so buyers have nothing to react to
        double[] still = b.parameters().withOverrides(Map.of("obm_response_domestic", 0.0, "odm_response_domestic", 0.0))
                .vector();
        Shock shock = new Shock(true, 50, 2);
        Projection.Path calm = Projection.run(b, still, new Projection.Plan(strategy(), b.va0, 3), 3, shock, false, true);
        Projection.Path hit = Projection.run(b, still, new Projection.Plan(strategy(), b.va0, 3), 3, shock, true, true);
        assertThat(hit.q[1]).isEqualTo(calm.q[1]);
        // year 2: X2 = 500,000 (1 + g_X)² (0.8 + 0.2 × 0.5), D2 = 500,000 (1 + g_D)²
        double x2 = 500_000 * (1 + GX) * (1 + GX) * (0.8 + 0.2 * 0.5);
        double d2 = 500_000 * (1 + GD) * (1 + GD);
        assertThat(hit.q[2]).isCloseTo(d2 + x2, within(1e-6));
        assertThat(hit.records[2].value("restricted_market_share").getAsDouble()).isCloseTo(100 * 0.1 / 0.9, within(1e-9));
        assertThat(hit.q[3]).isCloseTo(d2 * (1 + GD) + x2 * (1 + GX), within(1e-6));
    }

    @Test
    void public_purchases_count_by_their_additionality_and_build_market_access_for_later_years() {
        Lever pp = new Lever(LeverKind.PUBLIC_PROCUREMENT, 10_000, BudgetUnit.MONEY, Target.ALL_FIRMS, 1, 1);
        Projection.Path path = run(strategy(pp), Shock.none(), false);
        Projection.Path none = run(strategy(), Shock.none(), false);
        // year 1: half the purchase is additional demand
        assertThat(path.q[1] - none.q[1]).isCloseTo(5_000, within(1e-6));
        // year 2: market-access capital K_A = 0.2 × 10,000 lifts domestic demand by Λ (1 − e^{−K_A/(κ D_0)}),
        // Λ = 15 %, κ = 10 % of the base-year domestic sales of 500,000
        double lift = 0.15 * (1 - Math.exp(-2_000 / (0.1 * 500_000)));
        assertThat(path.q[2] - none.q[2]).isCloseTo(500_000 * (1 + GD) * (1 + GD) * lift, within(1e-6));
    }

    @Test
    void a_saturating_move_never_passes_its_ceiling_and_has_diminishing_returns() {
        assertThat(Projection.approach(0.2, 0.8, 0)).isEqualTo(0.2);
        double one = Projection.approach(0.2, 0.8, 0.1) - 0.2;
        double two = Projection.approach(0.2, 0.8, 0.2) - 0.2;
        assertThat(two).isLessThan(2 * one).isGreaterThan(one);
        assertThat(Projection.approach(0.2, 0.8, 1e9)).isLessThanOrEqualTo(0.8);
        assertThat(Projection.real(6, 1.5)).isCloseTo(1.06 / 1.015 - 1, within(1e-15));
    }

    @Test
    void a_projected_record_keeps_only_the_fields_entered_in_the_base_year() {
        YearlyRecord base = TestRecords.complete(2023).without("ecommerce_sales").without("rd_personnel");
        ClusterBaseline partial = ClusterBaseline.of(DiagnosisInputs.of(List.of(base), null, null));
        Projection.Path path = Projection.run(partial, partial.parameters().vector(),
                new Projection.Plan(strategy(Lever.of(LeverKind.PLATFORM, 1, BudgetUnit.PERCENT_OF_VALUE_ADDED)), partial.va0, 2),
                2, Shock.none(), false, true);
        assertThat(path.records[2].values().keySet()).isEqualTo(base.values().keySet());
        assertThat(path.records[2].has("ecommerce_sales")).isFalse();
    }

    @Test
    void records_with_only_the_outcome_fields_score_the_same_lock_in_index_as_full_records() {
        Strategy s = strategy(Lever.of(LeverKind.BRAND_SUPPORT, 2, BudgetUnit.PERCENT_OF_VALUE_ADDED));
        Projection.Path full = Projection.run(b, p, new Projection.Plan(s, b.va0, 3), 3, Shock.none(), false,
                Projection.Records.FULL);
        Projection.Path slim = Projection.run(b, p, new Projection.Plan(s, b.va0, 3), 3, Shock.none(), false,
                Projection.Records.OUTCOMES);
        assertThat(slim.records[2].values().keySet()).isEqualTo(org.gvclab.core.paradox.LockInScorer.FIELDS.stream()
                .filter(f -> b.baseRecord().has(f)).collect(java.util.stream.Collectors.toSet()));
        for (int t = 1; t <= 3; t++) {
            assertThat(b.lockIn(slim.records[t - 1], slim.records[t], Double.NaN, null))
                    .isEqualTo(b.lockIn(full.records[t - 1], full.records[t], Double.NaN, null));
        }
        assertThat(slim.va).containsExactly(full.va);
    }
}
