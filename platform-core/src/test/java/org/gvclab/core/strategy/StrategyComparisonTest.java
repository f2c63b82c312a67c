package org.gvclab.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.cluster.SampleClusters;
import org.gvclab.core.cluster.SampleClusters.SampleCluster;
import org.gvclab.core.cluster.TestRecords;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.core.paradox.Diagnosis;
import org.gvclab.core.paradox.DiagnosisInputs;
import org.junit.jupiter.api.Test;

class StrategyComparisonTest {

    private static final List<SampleCluster> CLUSTERS = SampleClusters.all();

    private static DiagnosisInputs inputs(SampleCluster c) {
        return DiagnosisInputs.of(c.records(), c.governance(), c.architecture());
    }

    private static ClusterBaseline baseline(SampleCluster c) {
        return ClusterBaseline.of(inputs(c));
    }

    private static ComparisonResult run(ClusterBaseline b, Scenario s) {
        return StrategyComparison.run(b, s, null, x -> { }, () -> false);
    }

    private static Strategy custom(String id, Lever... levers) {
        return new Strategy(id, LocalizedText.of(id), LocalizedText.of(id), List.of(levers));
    }

    private static Scenario scenario(List<String> ids, List<Strategy> custom, long seed, int draws) {
        return Scenario.defaults("test").withHorizon(Scenario.MAX_HORIZON).withStrategies(ids, custom).withDraws(seed, draws);
    }

    @Test
    void a_strategy_without_levers_equals_the_status_quo() {
        for (SampleCluster c : CLUSTERS) {
            ComparisonResult r = run(baseline(c), scenario(List.of("S0", "S4", "NONE"), List.of(custom("NONE")), 3, 100)
                    .withShock(Shock.of(25)));
            StrategyResult s0 = r.strategy("S0");
            StrategyResult none = r.strategy("NONE");
            assertThat(none.trajectories()).as(c.id()).isEqualTo(s0.trajectories());
            assertThat(none.nominalRecords()).isEqualTo(s0.nominalRecords());
            assertThat(r.ranking().strategies().get(2).closeness()).isEqualTo(r.ranking().strategies().get(0).closeness());
            // and the status quo really differs from a strategy with levers
            assertThat(r.strategy("S4").trajectory(Outcome.LOCK_IN).p50AtHorizon())
                    .isNotEqualTo(s0.trajectory(Outcome.LOCK_IN).p50AtHorizon());
        }
    }

    @Test
    void more_rd_never_lowers_the_obm_share() {
        List<Strategy> rd = List.of(
                custom("RD1", Lever.of(LeverKind.RD_SUBSIDY, 1, BudgetUnit.PERCENT_OF_VALUE_ADDED)),
                custom("RD3", Lever.of(LeverKind.RD_SUBSIDY, 3, BudgetUnit.PERCENT_OF_VALUE_ADDED)),
                custom("RD3L", new Lever(LeverKind.RD_SUBSIDY, 3, BudgetUnit.PERCENT_OF_VALUE_ADDED, Target.LEAD_FIRMS, 1, 15),
                        Lever.of(LeverKind.SHARED_LABS, 2, BudgetUnit.PERCENT_OF_VALUE_ADDED)));
        for (SampleCluster c : CLUSTERS) {
            for (long seed : new long[] {1, 42, 20_240_501}) {
                ComparisonResult r = run(baseline(c), scenario(List.of("S0", "RD1", "RD3", "RD3L"), rd, seed, 150)
                        .withShock(seed == 42 ? Shock.of(50) : Shock.none()));
                List<Trajectory> obm = r.strategies().stream().map(s -> s.trajectory(Outcome.OBM_SHARE)).toList();
                for (int i = 1; i < obm.size(); i++) {
                    for (int t = 0; t < obm.get(i).p50().length; t++) {
                        String at = c.id() + ", seed " + seed + ", " + r.strategies().get(i).strategy().id() + ", year " + t;
                        assertThat(obm.get(i).nominal()[t]).as(at).isGreaterThanOrEqualTo(obm.get(i - 1).nominal()[t]);
                        assertThat(obm.get(i).p10()[t]).as(at).isGreaterThanOrEqualTo(obm.get(i - 1).p10()[t]);
                        assertThat(obm.get(i).p50()[t]).as(at).isGreaterThanOrEqualTo(obm.get(i - 1).p50()[t]);
                        assertThat(obm.get(i).p90()[t]).as(at).isGreaterThanOrEqualTo(obm.get(i - 1).p90()[t]);
                    }
                }
                assertThat(obm.get(2).p50AtHorizon()).as(c.id()).isGreaterThan(obm.get(0).p50AtHorizon());
            }
        }
    }

    @Test
    void the_external_shock_hurts_an_export_heavy_cluster_more_than_a_domestic_oriented_one() {
        YearlyRecord base = TestRecords.complete(2023);
        ClusterBaseline exportHeavy = ClusterBaseline.of(DiagnosisInputs.of(
                List.of(base.with("exports", 800_000).with("domestic_sales", 200_000)), null, null));
        ClusterBaseline domestic = ClusterBaseline.of(DiagnosisInputs.of(
                List.of(base.with("exports", 200_000).with("domestic_sales", 800_000)), null, null));
        Scenario s = scenario(Strategies.PRESET_IDS, List.of(), 11, 200).withShock(Shock.of(40));
        ComparisonResult heavy = run(exportHeavy, s);
        ComparisonResult light = run(domestic, s);
        for (String id : Strategies.PRESET_IDS) {
            Trajectory h = heavy.strategy(id).trajectory(Outcome.SHOCK_LOSS);
            Trajectory l = light.strategy(id).trajectory(Outcome.SHOCK_LOSS);
            for (int t = 1; t <= s.horizon(); t++) {
                assertThat(h.p50()[t]).as(id + " year " + t).isGreaterThan(l.p50()[t]);
                assertThat(h.nominal()[t]).as(id + " year " + t).isGreaterThan(l.nominal()[t]);
            }
            assertThat(l.p10()[1]).isPositive();
            assertThat(h.nominal()[0]).isZero();
        }
        // with every response of the value-added rate switched off, the loss in year 1 is the restricted exports lost
        // over the sales without the shock, at real growth (1 + g)/(1.015) of the nominal defaults 6 % and 4 %
        Map<String, Double> rigid = new java.util.HashMap<>();
        for (String id : List.of("odm_response_rd", "obm_response_rd", "obm_response_brand", "odm_response_coordination",
                "obm_response_coordination", "obm_response_domestic", "odm_response_domestic", "obm_response_platform",
                "rd_value_added_elasticity")) {
            rigid.put(id, 0.0);
        }
        double gD = 1.06 / 1.015;
        double gX = 1.04 / 1.015;
        double hit = 0.2 * 0.4 * 800_000 * gX;
        double calm = 200_000 * gD + 800_000 * gX;
        ComparisonResult fixed = run(exportHeavy, scenario(List.of("S0"), List.of(), 1, 1).withShock(Shock.of(40))
                .withOverrides(rigid));
        assertThat(fixed.strategy("S0").trajectory(Outcome.SHOCK_LOSS).nominal()[1]).isCloseTo(100 * hit / calm, within(1e-9));
    }

    @Test
    void the_same_seed_gives_the_same_result_and_another_seed_does_not() {
        ClusterBaseline b = baseline(CLUSTERS.get(0));
        Scenario s = scenario(Strategies.PRESET_IDS, List.of(), 99, 200).withShock(Shock.of(30));
        ComparisonResult first = run(b, s);
        ComparisonResult second = run(b, s);
        ComparisonResult parallel = StrategyComparison.run(b, s, null, x -> { }, () -> false, 2);
        for (String id : Strategies.PRESET_IDS) {
            assertThat(second.strategy(id).trajectories()).isEqualTo(first.strategy(id).trajectories());
            assertThat(parallel.strategy(id).trajectories()).isEqualTo(first.strategy(id).trajectories());
        }
        assertThat(second.ranking()).isEqualTo(first.ranking());
        assertThat(parallel.ranking()).isEqualTo(first.ranking());
        ComparisonResult other = run(b, s.withDraws(100, 200));
        assertThat(other.strategy("S1").trajectory(Outcome.VALUE_ADDED).p50AtHorizon())
                .isNotEqualTo(first.strategy("S1").trajectory(Outcome.VALUE_ADDED).p50AtHorizon());
    }

    @Test
    void p10_is_at_most_p50_and_p50_at_most_p90_everywhere() {
        for (SampleCluster c : CLUSTERS) {
            for (Shock shock : List.of(Shock.none(), Shock.of(60))) {
                ComparisonResult r = run(baseline(c), scenario(Strategies.PRESET_IDS, List.of(), 5, 150).withShock(shock));
                for (StrategyResult s : r.strategies()) {
                    for (Trajectory t : s.trajectories().values()) {
                        for (int y = 0; y < t.p50().length; y++) {
                            String at = c.id() + " " + s.strategy().id() + " " + t.outcome().id() + " year " + y;
                            assertThat(t.p10()[y]).as(at).isLessThanOrEqualTo(t.p50()[y]);
                            assertThat(t.p50()[y]).as(at).isLessThanOrEqualTo(t.p90()[y]);
                        }
                    }
                }
            }
        }
    }

    @Test
    void the_lock_in_index_of_year_zero_equals_the_diagnosis_of_the_base_record() {
        for (SampleCluster c : CLUSTERS) {
            double diagnosed = Diagnosis.diagnose(inputs(c)).lockInIndex();
            ComparisonResult r = run(baseline(c), scenario(Strategies.PRESET_IDS, List.of(), 1, 50));
            for (StrategyResult s : r.strategies()) {
                Trajectory l = s.trajectory(Outcome.LOCK_IN);
                assertThat(l.nominal()[0]).as(c.id()).isEqualTo(diagnosed);
                assertThat(l.p10()[0]).isEqualTo(diagnosed);
                assertThat(l.p90()[0]).isEqualTo(diagnosed);
            }
        }
    }

    @Test
    void every_projected_lock_in_index_is_the_diagnosis_of_the_projected_records() {
        for (SampleCluster c : CLUSTERS) {
            DiagnosisInputs in = inputs(c);
            ComparisonResult r = run(ClusterBaseline.of(in), scenario(Strategies.PRESET_IDS, List.of(), 1, 20).withShock(Shock.of(30)));
            for (StrategyResult s : r.strategies()) {
                double[] l = s.trajectory(Outcome.LOCK_IN).nominal();
                List<YearlyRecord> recs = s.nominalRecords();
                assertThat(recs).hasSize(l.length);
                for (int t = 1; t < l.length; t++) {
                    Double full = Diagnosis.diagnose(in.withRecords(List.of(recs.get(t - 1), recs.get(t)))).lockInIndex();
                    assertThat(l[t]).as(c.id() + " " + s.strategy().id() + " year " + t).isEqualTo(full);
                }
            }
        }
    }

    @Test
    void the_nominal_path_uses_every_parameter_at_its_value() {
        ClusterBaseline b = baseline(CLUSTERS.get(1));
        Scenario s = scenario(List.of("S2"), List.of(), 1, 10);
        ComparisonResult r = run(b, s);
        Projection.Path path = Projection.run(b, b.parameters().vector(),
                new Projection.Plan(Strategies.preset("S2", 2).orElseThrow(), b.va0, 15), 15, s.shock(), false, false);
        assertThat(r.strategy("S2").trajectory(Outcome.VALUE_ADDED).nominal()).containsExactly(path.va);
    }

    @Test
    void regional_effects_are_the_multipliers_times_the_sales_with_the_indirect_part_following_local_sourcing() {
        SampleCluster c = CLUSTERS.get(2);
        ClusterBaseline b = baseline(c);
        RegionalMultipliers m = new RegionalMultipliers(1.8, 0.6, 0.004, LocalizedText.of("hand-made multipliers"));
        Scenario s = scenario(List.of("S1", "S3"), List.of(), 8, 50)
                .withRanking(List.of(Outcome.REGIONAL_VALUE_ADDED, Outcome.LOCK_IN), Weighting.equal());
        ComparisonResult r = StrategyComparison.run(b, s, m, x -> { }, () -> false);
        // S0 is not compared, so it is run as the reference
        double[] p = b.parameters().vector();
        Projection.Path ref = Projection.run(b, p, new Projection.Plan(Strategies.preset("S0", 2).orElseThrow(), b.va0, 15),
                15, s.shock(), false, false);
        for (String id : List.of("S1", "S3")) {
            Projection.Path path = Projection.run(b, p, new Projection.Plan(Strategies.preset(id, 2).orElseThrow(), b.va0, 15),
                    15, s.shock(), false, false);
            double[] rx = r.strategy(id).trajectory(Outcome.REGIONAL_OUTPUT).nominal();
            double[] rv = r.strategy(id).trajectory(Outcome.REGIONAL_VALUE_ADDED).nominal();
            double[] rj = r.strategy(id).trajectory(Outcome.REGIONAL_JOBS).nominal();
            for (int t = 0; t < rx.length; t++) {
                // m_x,t = 1 + (m_x − 1) · l_t / l_0 and m_va,t = v_t + (m_va − v_0) · l_t / l_0, times sales
                double lp = path.local[t] / path.local[0];
                double lr = ref.local[t] / ref.local[0];
                double x = (1 + 0.8 * lp) * path.sales[t] - (1 + 0.8 * lr) * ref.sales[t];
                double v = (path.rate[t] + (0.6 - path.rate[0]) * lp) * path.sales[t]
                        - (ref.rate[t] + (0.6 - ref.rate[0]) * lr) * ref.sales[t];
                assertThat(rx[t]).isCloseTo(x, within(1e-9 * Math.abs(x) + 1e-9));
                assertThat(rv[t]).isCloseTo(v, within(1e-9 * Math.abs(v) + 1e-9));
                assertThat(rj[t]).isCloseTo(0.004 / 1.8 * x, within(1e-9 * Math.abs(x) + 1e-9));
            }
            assertThat(rx[0]).isZero();
            assertThat(rv[rx.length - 1]).isPositive();
        }
        // S3 leaves local sourcing alone: its effect is the plain Type I multiplier times the extra sales;
        // S1 develops local suppliers, so more of each unit of its sales stays in the region
        Projection.Path s3 = Projection.run(b, p, new Projection.Plan(Strategies.preset("S3", 2).orElseThrow(), b.va0, 15),
                15, s.shock(), false, false);
        double[] rx3 = r.strategy("S3").trajectory(Outcome.REGIONAL_OUTPUT).nominal();
        assertThat(rx3[15]).isCloseTo(1.8 * (s3.sales[15] - ref.sales[15]), within(1e-6 * rx3[15]));
        Projection.Path s1 = Projection.run(b, p, new Projection.Plan(Strategies.preset("S1", 2).orElseThrow(), b.va0, 15),
                15, s.shock(), false, false);
        assertThat(s1.local[15]).isGreaterThan(s1.local[0]);
        assertThat(r.strategy("S1").trajectory(Outcome.REGIONAL_OUTPUT).nominal()[15])
                .isGreaterThan(1.8 * (s1.sales[15] - ref.sales[15]));
        assertThat(r.assumptions()).anyMatch(a -> a.id().equals("multiplier_output") && a.value() == 1.8);
    }

    @Test
    void without_an_employment_multiplier_the_regional_jobs_effect_is_not_computed_and_a_note_says_why() {
        SampleCluster c = CLUSTERS.get(2);
        ClusterBaseline b = baseline(c);
        RegionalMultipliers m = new RegionalMultipliers(1.8, 0.6, LocalizedText.of("national multipliers, no jobs"));
        Scenario s = scenario(List.of("S1", "S3"), List.of(), 8, 50)
                .withRanking(List.of(Outcome.REGIONAL_OUTPUT, Outcome.VALUE_ADDED), Weighting.equal());
        ComparisonResult r = StrategyComparison.run(b, s, m, x -> { }, () -> false);
        assertThat(r.outcomes()).contains(Outcome.REGIONAL_OUTPUT, Outcome.REGIONAL_VALUE_ADDED)
                .doesNotContain(Outcome.REGIONAL_JOBS);
        assertThatThrownBy(() -> r.strategy("S1").trajectory(Outcome.REGIONAL_JOBS))
                .isInstanceOf(IllegalArgumentException.class);
        // the output effect is still the multiplier times the extra sales over S0
        Projection.Path ref = Projection.run(b, b.parameters().vector(),
                new Projection.Plan(Strategies.preset("S0", 2).orElseThrow(), b.va0, 15), 15, s.shock(), false, false);
        double[] q = r.strategy("S3").trajectory(Outcome.OUTPUT).nominal();
        double[] rx = r.strategy("S3").trajectory(Outcome.REGIONAL_OUTPUT).nominal();
        double dy = (q[15] - ref.q[15]) * b.s0 / b.q0;
        assertThat(rx[15]).isCloseTo(1.8 * dy, within(1e-6 * Math.abs(dy)));
        assertThat(r.assumptions()).extracting(Assumption::id).contains("multiplier_output", "multiplier_value_added")
                .doesNotContain("multiplier_jobs");
        assertThat(r.assumptions()).filteredOn(a -> a.id().startsWith("multiplier_"))
                .allMatch(a -> a.source().en().equals("national multipliers, no jobs"));
        assertThat(r.notes()).anyMatch(n -> n.en().contains("regional jobs effect is not computed")
                && n.en().contains("regional employment by sector"));
        assertThatThrownBy(() -> r.rank(List.of(Outcome.REGIONAL_JOBS), Weighting.equal()))
                .hasMessageContaining("employment multiplier");
        Scenario jobs = s.withRanking(List.of(Outcome.REGIONAL_JOBS), Weighting.equal());
        assertThatThrownBy(() -> StrategyComparison.run(b, jobs, m, x -> { }, () -> false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("regional_jobs")
                .hasMessageContaining("regional employment by sector");
    }

    @Test
    void with_an_employment_multiplier_there_is_no_note_about_missing_jobs() {
        RegionalMultipliers m = new RegionalMultipliers(1.8, 0.6, 0.004, LocalizedText.of("with jobs"));
        ComparisonResult r = StrategyComparison.run(baseline(CLUSTERS.get(2)), scenario(List.of("S1"), List.of(), 8, 20),
                m, x -> { }, () -> false);
        assertThat(r.outcomes()).contains(Outcome.REGIONAL_JOBS);
        assertThat(r.assumptions()).anyMatch(a -> a.id().equals("multiplier_jobs") && a.value() == 0.004);
        assertThat(r.notes()).noneMatch(n -> n.en().contains("regional jobs effect is not computed"));
    }

    @Test
    void a_regional_criterion_without_multipliers_is_refused() {
        Scenario s = Scenario.defaults("x").withRanking(List.of(Outcome.REGIONAL_JOBS), Weighting.equal());
        assertThatThrownBy(() -> run(baseline(CLUSTERS.get(0)), s))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("regional_jobs").hasMessageContaining("regional multipliers");
    }

    @Test
    void fiscal_cost_alone_ranks_the_status_quo_first_in_every_draw() {
        ComparisonResult r = run(baseline(CLUSTERS.get(3)), scenario(Strategies.PRESET_IDS, List.of(), 4, 60)
                .withRanking(List.of(Outcome.FISCAL_COST), Weighting.equal(), RankingBasis.LEVEL));
        RankedStrategy s0 = r.ranking().strategies().get(0);
        assertThat(s0.rank()).isEqualTo(1);
        assertThat(s0.firstShare()).isEqualTo(1.0);
        // the presets all cost the same (2 % of value added a year): they tie for second
        assertThat(r.ranking().strategies().subList(1, 5)).allMatch(x -> x.rank() == 2 && x.firstShare() == 0);
    }

    @Test
    void re_ranking_with_other_weights_uses_the_same_draws() {
        ComparisonResult r = run(baseline(CLUSTERS.get(0)), scenario(Strategies.PRESET_IDS, List.of(), 4, 80));
        Ranking same = r.rank(r.scenario().criteria(), r.scenario().weighting());
        assertThat(same).isEqualTo(r.ranking());
        // jobs alone: only the strategies that add demand (S1 platform, S3 domestic demand) can add jobs over S0
        Ranking jobs = r.rank(List.of(Outcome.JOBS), Weighting.equal());
        double first = jobs.strategies().stream().filter(x -> x.strategyId().equals("S1") || x.strategyId().equals("S3"))
                .mapToDouble(RankedStrategy::firstShare).sum();
        assertThat(first).isEqualTo(1.0);
        assertThatThrownBy(() -> r.rank(List.of(Outcome.REGIONAL_OUTPUT), Weighting.equal()))
                .hasMessageContaining("regional multipliers");
    }

    @Test
    void progress_rises_to_one_and_cancellation_stops_the_run() {
        ClusterBaseline b = baseline(CLUSTERS.get(0));
        List<Double> seen = new ArrayList<>();
        StrategyComparison.run(b, scenario(Strategies.PRESET_IDS, List.of(), 1, 300), null, seen::add, () -> false);
        assertThat(seen).isSorted().startsWith(0.0).endsWith(1.0).hasSizeGreaterThan(10);
        AtomicInteger polls = new AtomicInteger();
        for (int threads : new int[] {1, 2}) {
            polls.set(0);
            assertThatThrownBy(() -> StrategyComparison.run(b, scenario(Strategies.PRESET_IDS, List.of(), 1, 1000), null,
                    x -> { }, () -> polls.incrementAndGet() > 20, threads))
                    .isInstanceOf(CancellationException.class).hasMessageContaining("cancelled");
        }
    }

    @Test
    void the_assumptions_list_every_parameter_and_mark_the_overridden_ones() {
        ClusterBaseline b = baseline(CLUSTERS.get(0));
        ComparisonResult r = run(b, scenario(Strategies.PRESET_IDS, List.of(), 1, 20)
                .withOverrides(Map.of("rd_subsidy_additionality", 1.3)));
        List<Assumption> a = r.assumptions();
        for (Parameter p : r.parameters().parameters()) {
            assertThat(a).anyMatch(x -> x.id().equals(p.id()) && x.editable() && x.value() == p.value());
        }
        assertThat(a).filteredOn(Assumption::overridden).extracting(Assumption::id).containsExactly("rd_subsidy_additionality");
        assertThat(a).anyMatch(x -> x.id().equals("va_rate_oem") && !x.editable());
        assertThat(a).anyMatch(x -> x.id().equals("budget_S1") && Math.abs(x.value() - 0.02 * b.va0) < 1e-6);
        assertThat(r.notes()).anyMatch(n -> n.en().contains("stress test"));
        assertThat(r.years()).hasSize(16).startsWith(2023);
    }

    @Test
    void a_result_reproduces_from_its_scenario_json() {
        ClusterBaseline b = baseline(CLUSTERS.get(1));
        Scenario s = scenario(List.of("S0", "S2", "C1"), List.of(custom("C1",
                new Lever(LeverKind.BRAND_SUPPORT, 777.7, BudgetUnit.MONEY, Target.SMALL_FIRMS, 2, 5))), 0x5eed, 120)
                .withOverrides(Map.of("obm_va_premium", 1.95, "obm_va_premium:high", 2.5)).withShock(new Shock(true, 35, 3));
        ComparisonResult first = run(b, s);
        ComparisonResult again = run(b, ScenarioJson.read(ScenarioJson.write(s)));
        for (String id : s.strategyIds()) {
            assertThat(again.strategy(id).trajectories()).isEqualTo(first.strategy(id).trajectories());
        }
        assertThat(again.ranking()).isEqualTo(first.ranking());
    }
}
