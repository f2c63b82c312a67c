package org.gvclab.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import org.gvclab.core.chart.CategorySeries;
import org.gvclab.core.chart.ChartKind;
import org.gvclab.core.chart.ChartSpec;
import org.gvclab.core.cluster.SampleClusters;
import org.gvclab.core.paradox.DiagnosisInputs;
import org.junit.jupiter.api.Test;

class StrategyChartsTest {

    private static ComparisonResult run() {
        SampleClusters.SampleCluster socks = SampleClusters.all().get(0);
        ClusterBaseline baseline = ClusterBaseline.of(DiagnosisInputs.of(socks.records(), socks.governance(),
                socks.architecture()));
        return StrategyComparison.run(baseline, Scenario.defaults("chart test").withHorizon(5).withDraws(7, 50), null,
                p -> { }, () -> false);
    }

    @Test
    void the_trajectory_chart_draws_each_strategys_median_with_its_p10_to_p90_band() {
        ComparisonResult result = run();
        ChartSpec chart = StrategyCharts.trajectory(result, Outcome.VALUE_ADDED);

        assertThat(chart.kind()).isEqualTo(ChartKind.LINE);
        assertThat(chart.categories()).hasSize(result.years().size());
        assertThat(chart.series()).hasSize(result.strategies().size());
        CategorySeries s0 = (CategorySeries) chart.series().get(0);
        Trajectory t = result.strategies().get(0).trajectory(Outcome.VALUE_ADDED);
        assertThat(s0.values().get(2)).isEqualTo(t.p50()[2]);
        assertThat(s0.band().low().get(2)).isEqualTo(t.p10()[2]);
        assertThat(s0.band().high().get(2)).isEqualTo(t.p90()[2]);
    }

    @Test
    void the_ranking_chart_shows_closeness_and_stability_per_strategy() {
        ComparisonResult result = run();
        ChartSpec chart = StrategyCharts.ranking(result, result.ranking());

        CategorySeries closeness = (CategorySeries) chart.series().get(0);
        CategorySeries first = (CategorySeries) chart.series().get(1);
        for (int i = 0; i < result.ranking().strategies().size(); i++) {
            RankedStrategy r = result.ranking().strategies().get(i);
            assertThat(chart.categories().get(i).en()).isEqualTo(r.strategyId());
            assertThat(closeness.values().get(i)).isEqualTo(r.closeness());
            assertThat(first.values().get(i)).isEqualTo(r.firstShare());
        }
    }
}
