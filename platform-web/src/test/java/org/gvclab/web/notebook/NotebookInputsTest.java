package org.gvclab.web.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.core.notebook.CellEvaluationException;
import org.gvclab.core.notebook.NotebookParameters;
import org.junit.jupiter.api.Test;

class NotebookInputsTest {

    @Test
    void stored_ids_are_read_once_as_numbers_and_written_back_as_they_were() {
        NotebookParameters stored = new NotebookParameters("12", List.of(2023, 2021), "7", null);
        NotebookInputs in = NotebookInputs.of(stored);
        assertThat(in.clusterId()).isEqualTo(12L);
        assertThat(in.scenarioId()).isEqualTo(7L);
        assertThat(in.ioTableId()).isNull();
        assertThat(in.years()).containsExactly(2021, 2023);
        assertThat(in.parameters()).isEqualTo(stored);
        assertThat(in.withCluster(5L).withYears(List.of()).withScenario(null).parameters())
                .isEqualTo(new NotebookParameters("5", List.of(), null, null));
    }

    @Test
    void an_id_that_is_not_a_number_is_reported_naming_the_parameter_and_a_missing_one_says_what_to_choose() {
        assertThatThrownBy(() -> NotebookInputs.of(new NotebookParameters("nb-garment", List.of(), null, null)))
                .isInstanceOfSatisfying(CellEvaluationException.class, e -> {
                    assertThat(e.text().en()).contains("Cluster").contains("nb-garment");
                    assertThat(e.text().zh()).contains("nb-garment");
                });
        assertThat(NotebookInputs.lenient(new NotebookParameters("nb-garment", List.of(2022), null, null)))
                .isEqualTo(new NotebookInputs(null, List.of(2022), null, null));
        assertThatThrownBy(() -> NotebookInputs.none().requireCluster()).isInstanceOfSatisfying(
                CellEvaluationException.class, e -> assertThat(e.text().en()).contains("Choose a cluster"));
    }

    @Test
    void the_chosen_years_and_the_records_up_to_the_last_of_them_come_from_the_stored_records() {
        List<YearlyRecord> all = List.of(new YearlyRecord(2021, Map.of()), new YearlyRecord(2022, Map.of()),
                new YearlyRecord(2023, Map.of()));
        NotebookInputs in = NotebookInputs.none().withYears(List.of(2022));
        assertThat(in.chosen(all)).extracting(YearlyRecord::year).containsExactly(2022);
        assertThat(in.upToLastChosen(all)).extracting(YearlyRecord::year).containsExactly(2021, 2022);
        assertThat(NotebookInputs.previous(all, all.get(1)).year()).isEqualTo(2021);
        assertThat(NotebookInputs.previous(all, all.get(0))).isNull();
        assertThatThrownBy(() -> NotebookInputs.none().withYears(List.of(1999)).chosen(all))
                .isInstanceOf(CellEvaluationException.class);
    }
}
