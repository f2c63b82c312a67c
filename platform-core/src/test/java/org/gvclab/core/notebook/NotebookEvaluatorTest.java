package org.gvclab.core.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.gvclab.core.base.LocalizedText;
import org.junit.jupiter.api.Test;

class NotebookEvaluatorTest {

    /** Depends on the cluster only; counts its invocations; its "data version" is settable. */
    static final class CountingTableEvaluator implements CellEvaluator<IndicatorTableCell> {
        final AtomicInteger calls = new AtomicInteger();
        String dataVersion = "v1";

        @Override
        public Class<IndicatorTableCell> cellType() {
            return IndicatorTableCell.class;
        }

        @Override
        public Set<NotebookParameter> dependsOn() {
            return Set.of(NotebookParameter.CLUSTER);
        }

        @Override
        public String dataVersion(IndicatorTableCell cell, NotebookParameters parameters) {
            return dataVersion;
        }

        @Override
        public List<CellResult> evaluate(IndicatorTableCell cell, NotebookParameters parameters) {
            calls.incrementAndGet();
            if (parameters.clusterId() == null) {
                throw new CellEvaluationException("choose a cluster for this notebook");
            }
            return List.of(new TableResult(LocalizedText.of(parameters.clusterId()),
                    List.of(TableColumn.of(LocalizedText.of("indicators"))),
                    List.of(List.of(TableCell.text(String.join(",", cell.indicatorIds())))), Provenance.none()));
        }
    }

    /** Depends on the years; counts its invocations. */
    static final class CountingChartEvaluator implements CellEvaluator<ChartCell> {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public Class<ChartCell> cellType() {
            return ChartCell.class;
        }

        @Override
        public Set<NotebookParameter> dependsOn() {
            return Set.of(NotebookParameter.YEARS);
        }

        @Override
        public List<CellResult> evaluate(ChartCell cell, NotebookParameters parameters) {
            calls.incrementAndGet();
            return List.of(new MarkdownRenderer().render("years " + parameters.years()));
        }
    }

    private final CountingTableEvaluator tables = new CountingTableEvaluator();
    private final CountingChartEvaluator charts = new CountingChartEvaluator();
    private final NotebookEvaluator evaluator = new NotebookEvaluator(
            List.of(tables, charts, new MarkdownCellEvaluator()));

    private static NotebookDocument doc(NotebookParameters p, List<Cell> cells) {
        return new NotebookDocument("t", "en", p, cells);
    }

    private static final NotebookParameters P = new NotebookParameters("c1", List.of(2022, 2023), null, null);
    private static final List<Cell> CELLS = List.of(new MarkdownCell("m", "# Hi"),
            new IndicatorTableCell("t", List.of("rd")), new ChartCell("c", ChartChoice.INDICATOR_TREND, List.of("rd")));

    @Test
    void the_first_evaluation_computes_every_cell() {
        EvaluatedNotebook e = evaluator.evaluate(doc(P, CELLS));
        assertThat(e.recomputed()).containsExactlyInAnyOrder("m", "t", "c");
        assertThat(tables.calls).hasValue(1);
        assertThat(charts.calls).hasValue(1);
        assertThat(((TextResult) e.resultsOf("m").get(0)).safeHtml()).isEqualTo("<h1>Hi</h1>");
        assertThat(((TableResult) e.resultsOf("t").get(0)).title().en()).isEqualTo("c1");
    }

    @Test
    void evaluating_an_unchanged_notebook_again_recomputes_nothing() {
        EvaluatedNotebook first = evaluator.evaluate(doc(P, CELLS));
        EvaluatedNotebook second = evaluator.evaluate(doc(P, CELLS));
        assertThat(second.recomputed()).isEmpty();
        assertThat(tables.calls).hasValue(1);
        assertThat(charts.calls).hasValue(1);
        assertThat(second.results()).isEqualTo(first.results());
    }

    @Test
    void changing_the_years_recomputes_only_the_cell_that_depends_on_them() {
        evaluator.evaluate(doc(P, CELLS));
        var later = new NotebookParameters("c1", List.of(2022, 2023, 2024), null, null);
        EvaluatedNotebook e = evaluator.evaluate(doc(later, CELLS));
        assertThat(e.recomputed()).containsExactly("c");
        assertThat(tables.calls).hasValue(1);
        assertThat(charts.calls).hasValue(2);
    }

    @Test
    void changing_the_cluster_recomputes_only_the_cluster_cell() {
        evaluator.evaluate(doc(P, CELLS));
        var other = new NotebookParameters("c2", List.of(2022, 2023), null, null);
        EvaluatedNotebook e = evaluator.evaluate(doc(other, CELLS));
        assertThat(e.recomputed()).containsExactly("t");
        assertThat(((TableResult) e.resultsOf("t").get(0)).title().en()).isEqualTo("c2");
    }

    @Test
    void changing_a_cells_settings_recomputes_that_cell_only() {
        evaluator.evaluate(doc(P, CELLS));
        List<Cell> edited = List.of(CELLS.get(0), new IndicatorTableCell("t", List.of("rd", "exports")), CELLS.get(2));
        EvaluatedNotebook e = evaluator.evaluate(doc(P, edited));
        assertThat(e.recomputed()).containsExactly("t");
        assertThat(tables.calls).hasValue(2);
    }

    @Test
    void a_new_data_version_recomputes_the_cells_that_read_that_data() {
        evaluator.evaluate(doc(P, CELLS));
        tables.dataVersion = "v2";
        assertThat(evaluator.evaluate(doc(P, CELLS)).recomputed()).containsExactly("t");
    }

    @Test
    void a_scenario_change_recomputes_nothing_when_no_cell_depends_on_it() {
        evaluator.evaluate(doc(P, CELLS));
        var withScenario = new NotebookParameters("c1", List.of(2022, 2023), "boost-rd", null);
        assertThat(evaluator.evaluate(doc(withScenario, CELLS)).recomputed()).isEmpty();
    }

    @Test
    void a_failing_cell_shows_its_message_and_is_tried_again_next_time() {
        var none = new NotebookParameters(null, List.of(2022), null, null);
        EvaluatedNotebook e = evaluator.evaluate(doc(none, CELLS));
        assertThat(e.resultsOf("t")).containsExactly(new FailedResult("t", "choose a cluster for this notebook"));
        evaluator.evaluate(doc(none, CELLS));
        assertThat(tables.calls).hasValue(2);
    }

    @Test
    void a_cell_kind_without_an_evaluator_fails_with_a_message_naming_the_kind() {
        EvaluatedNotebook e = evaluator.evaluate(doc(P, List.of(new WorkshopResultsCell("w", "ws"))));
        assertThat(e.resultsOf("w")).singleElement().isInstanceOfSatisfying(FailedResult.class,
                f -> assertThat(f.message().en()).contains("workshop-results"));
    }

    @Test
    void the_cache_is_bounded_and_forgets_the_least_recently_used_result() {
        var small = new NotebookEvaluator(List.of(tables), 1);
        Cell a = new IndicatorTableCell("a", List.of("x"));
        Cell b = new IndicatorTableCell("b", List.of("y"));
        small.evaluate(doc(P, List.of(a)));
        small.evaluate(doc(P, List.of(b)));
        small.evaluate(doc(P, List.of(a)));
        assertThat(tables.calls).hasValue(3);
    }

    @Test
    void each_cell_is_handed_to_the_listener_as_it_is_computed_and_cached_results_come_as_the_same_list() {
        var table = new IndicatorTableCell("t", List.of("rd_intensity"));
        var chart = new ChartCell("c", ChartChoice.INDICATOR_TREND, List.of());
        var d = doc(P, List.of(table, chart));
        List<String> heard = new java.util.ArrayList<>();
        java.util.Map<String, List<CellResult>> first = new java.util.HashMap<>();
        evaluator.evaluate(d, (cell, results, recomputed) -> {
            heard.add(cell.id() + ":" + recomputed);
            first.put(cell.id(), results);
        }, () -> false);
        assertThat(heard).containsExactly("t:true", "c:true");

        heard.clear();
        evaluator.evaluate(d, (cell, results, recomputed) -> {
            heard.add(cell.id() + ":" + recomputed);
            assertThat(results).isSameAs(first.get(cell.id()));
        }, () -> false);
        assertThat(heard).containsExactly("t:false", "c:false");
    }

    @Test
    void a_cancelled_evaluation_stops_between_cells_and_keeps_what_it_computed() {
        var table = new IndicatorTableCell("t", List.of("rd_intensity"));
        var chart = new ChartCell("c", ChartChoice.INDICATOR_TREND, List.of());
        var d = doc(P, List.of(table, chart));
        AtomicInteger asked = new AtomicInteger();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> evaluator.evaluate(d, CellListener.NONE,
                        () -> asked.incrementAndGet() > 1))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(tables.calls).hasValue(1);
        assertThat(charts.calls).hasValue(0);
        assertThat(evaluator.evaluate(d).recomputed()).containsExactly("c");
    }

    @Test
    void an_unexpected_failure_is_described_by_the_host_and_a_cell_failure_keeps_its_two_languages() {
        CellEvaluator<ChartCell> broken = new CellEvaluator<>() {
            @Override
            public Class<ChartCell> cellType() {
                return ChartCell.class;
            }

            @Override
            public Set<NotebookParameter> dependsOn() {
                return Set.of();
            }

            @Override
            public List<CellResult> evaluate(ChartCell cell, NotebookParameters parameters) {
                if (cell.indicatorIds().isEmpty()) {
                    throw new CellEvaluationException(new LocalizedText("请选择指标", "Choose an indicator"));
                }
                throw new IllegalStateException("index 7 out of bounds");
            }
        };
        var e = new NotebookEvaluator(NotebookJsonCodec.standard(), List.of(broken), 10,
                (cell, ex) -> LocalizedText.of("incident 1234 in " + cell.id()));
        var d = doc(P, List.of(new ChartCell("a", ChartChoice.INDICATOR_TREND, List.of()),
                new ChartCell("b", ChartChoice.INDICATOR_TREND, List.of("x"))));
        EvaluatedNotebook r = e.evaluate(d);
        assertThat(r.resultsOf("a")).containsExactly(new FailedResult("a",
                new LocalizedText("请选择指标", "Choose an indicator")));
        assertThat(r.resultsOf("b")).containsExactly(new FailedResult("b", "incident 1234 in b"));
    }

    @Test
    void slow_cells_are_computed_after_the_quick_ones_and_the_notebook_keeps_its_order() {
        CellEvaluator<ChartCell> slowCharts = new CellEvaluator<>() {
            @Override
            public Class<ChartCell> cellType() {
                return ChartCell.class;
            }

            @Override
            public Set<NotebookParameter> dependsOn() {
                return Set.of();
            }

            @Override
            public boolean slow() {
                return true;
            }

            @Override
            public List<CellResult> evaluate(ChartCell cell, NotebookParameters parameters) {
                return List.of(new MarkdownRenderer().render("chart " + cell.id()));
            }
        };
        var e = new NotebookEvaluator(List.of(slowCharts, tables, new MarkdownCellEvaluator()));
        var d = doc(P, List.of(new ChartCell("c", ChartChoice.INDICATOR_TREND, List.of()),
                new IndicatorTableCell("t", List.of("x")), new MarkdownCell("m", "# M")));
        List<String> heard = new java.util.ArrayList<>();
        EvaluatedNotebook r = e.evaluate(d, (cell, results, recomputed) -> heard.add(cell.id()), () -> false);
        assertThat(heard).containsExactly("t", "m", "c");
        assertThat(r.results().keySet()).containsExactly("c", "t", "m");
    }
}
