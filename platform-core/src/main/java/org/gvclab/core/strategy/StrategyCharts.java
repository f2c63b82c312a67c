package org.gvclab.core.strategy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;
import org.gvclab.core.chart.Axis;
import org.gvclab.core.chart.Band;
import org.gvclab.core.chart.CategorySeries;
import org.gvclab.core.chart.ChartSpec;

/**
 * The charts of a strategy comparison as renderer-neutral specifications (browser, PDF brief and workbook draw the
 * same): the trajectory of an outcome for every strategy, its P50 line with the P10–P90 band, and the ranking with
 * its stability.
 */
public final class StrategyCharts {

    private static final LocalizedText YEAR = Msg.of("strategy.chart.year");

    private StrategyCharts() {
    }

    /** One outcome over the years: per strategy, the median of the draws with its P10–P90 band. */
    public static ChartSpec trajectory(ComparisonResult result, Outcome outcome) {
        List<LocalizedText> years = result.years().stream().map(y -> LocalizedText.of(String.valueOf(y))).toList();
        List<CategorySeries> series = new ArrayList<>();
        for (StrategyResult s : result.strategies()) {
            Trajectory t = s.trajectory(outcome);
            series.add(new CategorySeries(s.strategy().label(), boxed(t.p50()), new Band(new LocalizedText(
                    s.strategy().id() + " P10–P90", s.strategy().id() + " P10–P90"), boxed(t.p10()),
                    boxed(t.p90()))));
        }
        return ChartSpec.line(new LocalizedText(outcome.label().zh() + "（P50 与 P10–P90 区间）",
                        outcome.label().en() + " (P50 with the P10–P90 band)"),
                Axis.of(YEAR, LocalizedText.of("")), Axis.of(outcome.label(), outcome.unit(result.currency())), years,
                series);
    }

    /** TOPSIS closeness of each strategy and the share of draws in which it ranks first. */
    public static ChartSpec ranking(ComparisonResult result, Ranking ranking) {
        List<LocalizedText> names = new ArrayList<>();
        List<Double> closeness = new ArrayList<>();
        List<Double> first = new ArrayList<>();
        for (RankedStrategy r : ranking.strategies()) {
            names.add(LocalizedText.of(r.strategyId()));
            closeness.add(r.closeness());
            first.add(r.firstShare());
        }
        return ChartSpec.bar(Msg.of("strategy.chart.topsis_ranking_and_its_stability"),
                Axis.untitled(), Axis.bounded(Msg.of("strategy.chart.0_1"), LocalizedText.of(""), 0, 1), names,
                List.of(CategorySeries.of(Msg.of("strategy.chart.closeness_c"), closeness),
                        CategorySeries.of(Msg.of("strategy.chart.share_of_draws_ranked_first"), first)));
    }

    private static List<Double> boxed(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
