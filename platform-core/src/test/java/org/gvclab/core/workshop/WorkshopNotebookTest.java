package org.gvclab.core.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gvclab.core.chart.CategorySeries;
import org.gvclab.core.notebook.CellResult;
import org.gvclab.core.notebook.ChartResult;
import org.gvclab.core.notebook.TableCell;
import org.gvclab.core.notebook.TableResult;
import org.junit.jupiter.api.Test;

class WorkshopNotebookTest {

    private static Map<String, Integer> allFactors(int score) {
        Map<String, Integer> m = new java.util.HashMap<>();
        CriteriaSet.FACTORS.ids().forEach(id -> m.put(id, score));
        return m;
    }

    private static WorkshopResults sample() {
        Activity scoring = Activity.factorScoring(11, 1);
        Activity ahp = new Activity(12, 2, ActivityKind.AHP, CriteriaSet.FACTORS, CriteriaSet.FACTORS.criteria());
        Activity ranking = new Activity(13, 3, ActivityKind.STRATEGY_RANKING, null, Criterion.presetStrategies().subList(0, 3));
        Activity vote = new Activity(14, 4, ActivityKind.STRATEGY_VOTE, null, Criterion.presetStrategies().subList(0, 3));
        // every factor equally important: all judgements 1 → weights 0.2 each
        PairwiseJudgements equal = new PairwiseJudgements(java.util.Collections.nCopies(10, 1.0));
        return new WorkshopResults(5, 7, "Datang socks", 2, Instant.parse("2026-11-29T10:00:00Z"), List.of(
                WorkshopAggregation.aggregate(scoring, List.of(new FactorScores(allFactors(3), Map.of()),
                        new FactorScores(allFactors(6), Map.of()))),
                WorkshopAggregation.aggregate(ahp, List.of(equal)),
                WorkshopAggregation.aggregate(ranking, List.of(new StrategyRanking(List.of("S2", "S0", "S1")),
                        new StrategyRanking(List.of("S2", "S1", "S0")))),
                WorkshopAggregation.aggregate(vote, List.of(new StrategyVote(Set.of("S1"))))));
    }

    @Test
    void each_activity_becomes_a_table_and_a_chart_in_agenda_order() {
        List<CellResult> cells = WorkshopNotebook.results(sample());

        assertThat(cells).hasSize(8);
        assertThat(cells).extracting(c -> c.getClass().getSimpleName()).containsExactly("TableResult",
                "ChartResult", "TableResult", "ChartResult", "TableResult", "ChartResult", "TableResult", "ChartResult");
        assertThat(cells).allSatisfy(c -> assertThat(c.provenance().isEmpty()).isFalse());
    }

    @Test
    void the_scoring_table_shows_mean_and_counts_of_every_factor() {
        TableResult t = (TableResult) WorkshopNotebook.results(sample()).get(0);
        assertThat(t.title().en()).isEqualTo("1. Five-factor scoring (2 participants)");
        assertThat(t.rows()).hasSize(5);
        // scores 3 and 6: mean 4.5, one each in columns "Scored 3" and "Scored 6"
        assertThat(((TableCell.Number) t.rows().get(0).get(2)).value()).isEqualTo(4.5);
        assertThat(((TableCell.Number) t.rows().get(0).get(5 + 2)).value()).isEqualTo(1);
        assertThat(((TableCell.Number) t.rows().get(0).get(5 + 5)).value()).isEqualTo(1);
        assertThat(t.columns().get(2).label(Locale.ENGLISH)).isEqualTo("Mean (score 1–7)");
    }

    @Test
    void the_weights_table_names_the_consistency_ratio_and_the_ranking_puts_the_borda_winner_first() {
        List<CellResult> cells = WorkshopNotebook.results(sample());
        TableResult weights = (TableResult) cells.get(2);
        assertThat(weights.title().en()).contains("1 participants").contains("CR = 0.000");
        assertThat(((TableCell.Number) weights.rows().get(3).get(1)).value()).isCloseTo(0.2, within(1e-12));
        ChartResult chart = (ChartResult) cells.get(3);
        // the chart in percent, as the table shows its fractions
        assertThat(((CategorySeries) chart.chart().series().get(0)).values()).allSatisfy(
                w -> assertThat(w).isCloseTo(20, within(1e-9)));

        TableResult ranking = (TableResult) cells.get(4);
        // S2 first twice: 2 + 2 = 4 points; S0 1 + 0 = 1; S1 0 + 1 = 1
        assertThat(((TableCell.Text) ranking.rows().get(0).get(1)).text().en()).startsWith("S2");
        assertThat(((TableCell.Number) ranking.rows().get(0).get(2)).value()).isEqualTo(4);
        assertThat(((TableCell.Number) ranking.rows().get(1).get(0)).value()).isEqualTo(2);
        assertThat(((TableCell.Number) ranking.rows().get(2).get(0)).value()).isEqualTo(2);
    }

    @Test
    void the_results_name_the_weights_of_a_criteria_set() {
        assertThat(sample().weights(CriteriaSet.FACTORS)).hasValueSatisfying(
                g -> assertThat(g.weight("NATIONAL_STRATEGY")).isCloseTo(0.2, within(1e-12)));
        assertThat(sample().weights(CriteriaSet.OUTCOMES)).isEmpty();
    }
}
