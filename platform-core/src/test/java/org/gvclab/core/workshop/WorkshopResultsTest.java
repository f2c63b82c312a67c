package org.gvclab.core.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.gvclab.core.chart.CategorySeries;
import org.gvclab.core.notebook.ChartResult;
import org.gvclab.core.notebook.TableCell;
import org.gvclab.core.notebook.TableResult;
import org.junit.jupiter.api.Test;

class WorkshopResultsTest {

    private static final Activity AHP = new Activity(21, 1, ActivityKind.AHP, CriteriaSet.FACTORS,
            CriteriaSet.FACTORS.criteria());

    /** Technology gap 9 × rules, rules 9 × strategy, but strategy 9 × technology gap: circular, CR far above 0.10. */
    private static PairwiseJudgements circular() {
        List<Double> upper = new ArrayList<>(Collections.nCopies(10, 1.0));
        upper.set(PairwiseJudgements.indexOf(0, 1, 5), 9.0);
        upper.set(PairwiseJudgements.indexOf(1, 2, 5), 9.0);
        upper.set(PairwiseJudgements.indexOf(0, 2, 5), 1.0 / 9);
        return new PairwiseJudgements(upper);
    }

    private static WorkshopResults results(PairwiseJudgements judgements) {
        return new WorkshopResults(1, 2, "t", 1, null, List.of(WorkshopAggregation.aggregate(AHP, List.of(judgements))));
    }

    @Test
    void consistent_group_weights_are_applied_without_confirmation() {
        WorkshopResults r = results(new PairwiseJudgements(Collections.nCopies(10, 1.0)));
        assertThat(r.inconsistentWeightings()).isEmpty();
        assertThat(r.appliedWeights(CriteriaSet.FACTORS)).isPresent();
    }

    @Test
    void inconsistent_group_weights_are_applied_only_once_the_facilitator_confirmed_them() {
        WorkshopResults r = results(circular());
        assertThat(r.weights(CriteriaSet.FACTORS)).hasValueSatisfying(g -> assertThat(g.cr()).isGreaterThan(0.10));
        assertThat(r.inconsistentWeightings()).extracting(ActivityResult::activityId).containsExactly(21L);
        assertThat(r.appliedWeights(CriteriaSet.FACTORS)).isEmpty();
        assertThat(r.confirming(List.of(21L)).appliedWeights(CriteriaSet.FACTORS)).isPresent();
        assertThat(r.confirming(List.of(99L)).appliedWeights(CriteriaSet.FACTORS)).isEmpty();
    }

    @Test
    void the_weights_chart_shows_percent_as_the_table_does() {
        var cells = org.gvclab.core.workshop.WorkshopNotebook.results(
                results(new PairwiseJudgements(Collections.nCopies(10, 1.0))));
        TableResult table = (TableResult) cells.get(0);
        ChartResult chart = (ChartResult) cells.get(1);
        double tableValue = ((TableCell.Number) table.rows().get(0).get(1)).value();
        double chartValue = ((CategorySeries) chart.chart().series().get(0)).values().get(0);
        assertThat(tableValue).isCloseTo(0.2, within(1e-12)); // a fraction with a percent style: shown as 20.0%
        assertThat(chartValue).isCloseTo(20, within(1e-9));
        assertThat(chart.chart().yAxis().label(Locale.ENGLISH)).contains("%");
    }

    @Test
    void every_factor_group_has_a_one_line_meaning_in_both_languages() {
        for (String id : CriteriaSet.FACTORS.ids()) {
            var meaning = CriteriaSet.meaning(id);
            assertThat(meaning).as(id).isPresent();
            assertThat(meaning.get().en()).isNotBlank().doesNotContain(id);
            assertThat(meaning.get().zh()).isNotBlank();
        }
        assertThat(CriteriaSet.meaning("va_rate")).isEmpty();
    }
}
