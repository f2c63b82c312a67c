package org.gvclab.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.cluster.SampleClusters;
import org.gvclab.core.cluster.SampleClusters.SampleCluster;
import org.gvclab.core.cluster.TestRecords;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.core.paradox.DiagnosisInputs;
import org.junit.jupiter.api.Test;

/** The properties an economist expects of the projection model (docs/model.md), written as tests. */
class ModelPropertiesTest {

    private static final List<SampleCluster> CLUSTERS = SampleClusters.all();

    private static ClusterBaseline baseline(SampleCluster c) {
        return ClusterBaseline.of(DiagnosisInputs.of(c.records(), c.governance(), c.architecture()));
    }

    private static ComparisonResult run(ClusterBaseline b, Scenario s) {
        return StrategyComparison.run(b, s, null, x -> { }, () -> false);
    }

    private static Scenario presets(int draws, Map<String, Double> overrides) {
        return Scenario.defaults("properties").withDraws(5, draws).withHorizon(10).withOverrides(overrides);
    }

    @Test
    void spending_alone_leaves_every_outcome_and_the_lock_in_index_exactly_at_the_status_quo() {
        Map<String, Double> noEffects = new HashMap<>();
        for (Param p : Param.leverEffects()) {
            // the value and its whole uncertainty range, so that no Monte Carlo draw brings an effect back
            noEffects.put(p.id, 0.0);
            noEffects.put(p.id + ParameterSet.LOW_SUFFIX, 0.0);
            noEffects.put(p.id + ParameterSet.HIGH_SUFFIX, 0.0);
        }
        for (SampleCluster c : CLUSTERS) {
            ComparisonResult r = run(baseline(c), presets(40, noEffects));
            StrategyResult s0 = r.strategy("S0");
            for (String id : List.of("S1", "S2", "S3", "S4")) {
                StrategyResult s = r.strategy(id);
                for (Outcome o : r.outcomes()) {
                    if (o == Outcome.FISCAL_COST || o == Outcome.NPV_NET_BENEFIT) {
                        continue;
                    }
                    assertThat(s.trajectory(o)).as(c.id() + " " + id + " " + o.id()).isEqualTo(s0.trajectory(o));
                }
                // the money is spent, and shows only as cost: the NPV is minus the discounted cost of public funds
                assertThat(s.trajectory(Outcome.FISCAL_COST).p50AtHorizon()).isPositive();
                assertThat(s.trajectory(Outcome.NPV_NET_BENEFIT).p50AtHorizon()).isNegative();
            }
        }
    }

    @Test
    void a_larger_domestic_market_makes_the_domestic_demand_strategy_gain_more() {
        YearlyRecord base = TestRecords.complete(2023);
        double small = gainOfS3(base.with("domestic_sales", 250_000).with("exports", 750_000));
        double large = gainOfS3(base.with("domestic_sales", 750_000).with("exports", 250_000));
        assertThat(small).isPositive();
        assertThat(large).isGreaterThan(small);
    }

    /** S3's value added over S0 at the horizon, nominal run. */
    private static double gainOfS3(YearlyRecord r) {
        ClusterBaseline b = ClusterBaseline.of(DiagnosisInputs.of(List.of(r), null, null));
        ComparisonResult c = run(b, Scenario.defaults("x").withStrategies(List.of("S0", "S3"), List.of())
                .withDraws(1, 1).withHorizon(10));
        return c.strategy("S3").trajectory(Outcome.VALUE_ADDED).nominal()[10]
                - c.strategy("S0").trajectory(Outcome.VALUE_ADDED).nominal()[10];
    }

    @Test
    void the_home_market_strategy_raises_the_value_added_rate_and_never_lowers_the_obm_share() {
        Map<String, Double> noDirectHomeEffect = Map.of("obm_response_domestic", 0.0, "odm_response_domestic", 0.0);
        for (SampleCluster c : CLUSTERS) {
            ClusterBaseline b = baseline(c);
            ComparisonResult r = run(b, Scenario.defaults("x").withStrategies(List.of("S0", "S3"), List.of())
                    .withDraws(1, 1).withHorizon(10));
            assertThat(r.strategy("S3").trajectory(Outcome.VALUE_ADDED_RATE).nominal()[10]).as(c.id())
                    .isGreaterThan(r.strategy("S0").trajectory(Outcome.VALUE_ADDED_RATE).nominal()[10]);
            // the reviewer's check: without the home-market learning coefficients, growth from home demand must not
            // dilute capabilities and push the OBM share below the status quo
            ComparisonResult off = run(b, Scenario.defaults("x").withStrategies(List.of("S0", "S3"), List.of())
                    .withDraws(1, 1).withHorizon(10).withOverrides(noDirectHomeEffect));
            double[] s3 = off.strategy("S3").trajectory(Outcome.OBM_SHARE).nominal();
            double[] s0 = off.strategy("S0").trajectory(Outcome.OBM_SHARE).nominal();
            for (int t = 0; t < s3.length; t++) {
                assertThat(s3[t]).as(c.id() + " year " + t).isGreaterThanOrEqualTo(s0[t] - 1e-9);
            }
        }
    }

    @Test
    void every_lever_has_diminishing_returns() {
        ClusterBaseline b = ClusterBaseline.of(DiagnosisInputs.of(List.of(TestRecords.complete(2022),
                TestRecords.complete(2023)), null, null));
        Map<LeverKind, String> measured = new HashMap<>();
        measured.put(LeverKind.RD_SUBSIDY, "value_added");
        measured.put(LeverKind.SHARED_LABS, "certified_firms");
        measured.put(LeverKind.PATENT_SUPPORT, "invention_patents");
        measured.put(LeverKind.STANDARDS_LEADERSHIP, "standards_led");
        measured.put(LeverKind.BRAND_SUPPORT, "obm_sales");
        measured.put(LeverKind.PLATFORM, "ecommerce_sales");
        measured.put(LeverKind.LOCAL_SUPPLIERS, "local_sourcing");
        measured.put(LeverKind.COOPERATION, "odm_sales");
        measured.put(LeverKind.LEAD_FIRM_CULTIVATION, "lead_firms");
        measured.put(LeverKind.CM_COORDINATION, "processing_exports");
        measured.put(LeverKind.DOMESTIC_MARKET_ACCESS, "domestic_sales");
        measured.put(LeverKind.PUBLIC_PROCUREMENT, "domestic_sales");
        measured.put(LeverKind.HOME_MARKET_STANDARDS, "domestic_sales");
        assertThat(measured.keySet()).containsExactlyInAnyOrder(LeverKind.values());
        double[] p = b.parameters().vector();
        for (LeverKind k : LeverKind.values()) {
            String field = measured.get(k);
            double none = at(b, p, k, 0, field);
            double e1 = Math.abs(at(b, p, k, 1, field) - none);
            double e2 = Math.abs(at(b, p, k, 2, field) - none);
            double e4 = Math.abs(at(b, p, k, 4, field) - none);
            assertThat(e1).as(k + " has an effect").isPositive();
            assertThat(e2).as(k + ": twice the budget").isGreaterThan(e1).isLessThan(2 * e1);
            assertThat(e4).as(k + ": four times the budget").isGreaterThan(e2).isLessThan(2 * e2);
        }
    }

    /** A field of the projected record at year 10 with one lever at {@code dose} % of base value added a year. */
    private static double at(ClusterBaseline b, double[] p, LeverKind k, double dose, String field) {
        Strategy s = new Strategy("L", LocalizedText.of("L"), LocalizedText.of("L"),
                dose == 0 ? List.of() : List.of(Lever.of(k, dose, BudgetUnit.PERCENT_OF_VALUE_ADDED)));
        Projection.Path path = Projection.run(b, p, new Projection.Plan(s, b.va0, 10), 10, Shock.none(), false, true);
        return path.records[10].value(field).orElseThrow();
    }

    @Test
    void the_net_present_value_discounts_the_value_added_gain_net_of_the_cost_of_public_funds() {
        ClusterBaseline b = baseline(CLUSTERS.get(0));
        ComparisonResult r = run(b, Scenario.defaults("x").withStrategies(List.of("S0", "S4"), List.of())
                .withDraws(1, 1).withHorizon(5));
        double[] va = r.strategy("S4").trajectory(Outcome.VALUE_ADDED).nominal();
        double[] va0 = r.strategy("S0").trajectory(Outcome.VALUE_ADDED).nominal();
        double budget = Strategies.preset("S4", 2).orElseThrow().budget(1, b.va0);
        double npv = 0;
        for (int t = 1; t <= 5; t++) {
            npv += (va[t] - va0[t] - 1.2 * budget) / Math.pow(1.08, t);
        }
        assertThat(r.strategy("S4").trajectory(Outcome.NPV_NET_BENEFIT).nominal()[5])
                .isCloseTo(npv, org.assertj.core.api.Assertions.within(1e-6 * Math.abs(npv)));
        assertThat(r.npvRanking().of("S0").p50()).isZero();
        assertThat(r.npvRanking().discountRate()).isEqualTo(8);
    }

    @Test
    void the_sensitivity_analysis_names_the_parameters_that_decide_the_lead() {
        ComparisonResult r = run(baseline(CLUSTERS.get(2)), presets(50, Map.of()));
        RankingSensitivity s = r.sensitivity();
        assertThat(s.leader()).isEqualTo(r.npvRanking().strategies().stream().filter(e -> e.rank() == 1)
                .findFirst().orElseThrow().strategyId());
        assertThat(s.effects()).isNotEmpty().isSortedAccordingTo((a, c) -> Double.compare(c.muStar(), a.muStar()));
        assertThat(s.effects()).allSatisfy(e -> assertThat(e.decisive()).isEqualTo(e.muStar() >= Math.abs(s.nominalMargin())));
        // fixed parameters are not factors; architecture_fit is fixed at no effect unless evidence sets a range
        assertThat(s.effects()).extracting(RankingSensitivity.Effect::parameterId)
                .doesNotContain("preset_budget_share", "architecture_fit", "capability_floor");
        assertThat(s.summary().en()).contains(s.leader()).contains(s.runnerUp());
        assertThat(s.summary().zh()).contains(s.leader());
    }

    @Test
    void the_fit_with_the_path_has_no_effect_unless_it_is_set() {
        Parameter fit = ParameterSet.defaults().parameter("architecture_fit");
        assertThat(fit.value()).isZero();
        assertThat(fit.uncertain()).isFalse();
        ClusterBaseline b = baseline(CLUSTERS.get(2));
        ComparisonResult plain = run(b, Scenario.defaults("x").withHorizon(Scenario.MAX_HORIZON)
                .withStrategies(List.of("S1"), List.of()).withDraws(1, 1));
        ComparisonResult set = run(b, Scenario.defaults("x").withHorizon(Scenario.MAX_HORIZON)
                .withStrategies(List.of("S1"), List.of()).withDraws(1, 1)
                .withOverrides(Map.of("architecture_fit", 25.0)));
        // Dongguan's diagnosis recommends the platform path, so a fit of 25 % strengthens S1's platform levers
        assertThat(set.strategy("S1").trajectory(Outcome.VALUE_ADDED).nominal()[15])
                .isGreaterThan(plain.strategy("S1").trajectory(Outcome.VALUE_ADDED).nominal()[15]);
    }
}
