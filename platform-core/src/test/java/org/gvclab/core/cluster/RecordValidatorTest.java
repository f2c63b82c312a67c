package org.gvclab.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordValidatorTest {

    private static List<String> rules(List<RecordProblem> ps) {
        return ps.stream().map(RecordProblem::rule).toList();
    }

    @Test
    void a_complete_consistent_record_has_no_problem() {
        assertThat(RecordValidator.validate(TestRecords.complete(2023))).isEmpty();
    }

    @Test
    void missing_required_fields_are_each_reported() {
        YearlyRecord r = new YearlyRecord(2023, Map.of("firms", 10.0));
        List<RecordProblem> ps = RecordValidator.validate(r);
        assertThat(ps).filteredOn(p -> p.rule().equals("required")).extracting(RecordProblem::fieldId)
                .containsExactly("employees", "gross_output", "sales");
    }

    @Test
    void domestic_sales_plus_exports_above_sales_is_an_error_naming_all_three_fields() {
        YearlyRecord r = TestRecords.complete(2023).with("exports", 600_000);
        List<RecordProblem> ps = RecordValidator.validate(r);
        assertThat(ps).anySatisfy(p -> {
            assertThat(p.rule()).isEqualTo("domestic_plus_exports_le_sales");
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
            assertThat(p.fieldIds()).containsExactly("domestic_sales", "exports", "sales");
            assertThat(p.message().en()).contains("1100000").contains("exceeds");
            assertThat(p.message().zh()).contains("超过");
        });
    }

    @Test
    void a_sum_within_the_rounding_tolerance_passes() {
        // 500,000 + 500,900 = 1,000,900 ≤ 1,000,000 × 1.001
        YearlyRecord r = TestRecords.complete(2023).with("exports", 500_900);
        assertThat(rules(RecordValidator.validate(r))).doesNotContain("domestic_plus_exports_le_sales");
    }

    @Test
    void oem_odm_obm_above_sales_value_added_above_output_and_shares_above_100_are_all_reported_together() {
        YearlyRecord r = TestRecords.complete(2023).with("oem_sales", 900_000).with("value_added", 1_200_000)
                .with("dest_other", 30);
        assertThat(rules(RecordValidator.validate(r))).contains("oem_odm_obm_le_sales", "value_added_le_gross_output",
                "destination_shares_le_100");
    }

    @Test
    void out_of_range_and_fractional_counts_are_errors() {
        YearlyRecord r = TestRecords.complete(2023).with("dest_asean", 130).with("firms", 10.5).with("gross_output", -1);
        List<RecordProblem> ps = RecordValidator.validate(r);
        assertThat(ps).extracting(RecordProblem::rule, RecordProblem::fieldId).contains(
                org.assertj.core.groups.Tuple.tuple("range", "dest_asean"),
                org.assertj.core.groups.Tuple.tuple("whole_number", "firms"),
                org.assertj.core.groups.Tuple.tuple("range", "gross_output"));
    }

    @Test
    void strategic_alignment_outside_one_to_five_is_an_error() {
        assertThat(rules(RecordValidator.validate(TestRecords.complete(2023).with("strategic_alignment", 6))))
                .contains("range");
        assertThat(RecordValidator.validate(TestRecords.complete(2023).with("strategic_alignment", 5))).isEmpty();
    }

    @Test
    void imported_plus_local_intermediates_above_intermediate_inputs_is_an_error() {
        // intermediate inputs = 1,000,000 − 200,000 = 800,000 < 80,000 + 750,000
        YearlyRecord r = TestRecords.complete(2023).with("local_sourcing", 750_000);
        assertThat(rules(RecordValidator.validate(r))).contains("intermediates_le_inputs");
    }

    @Test
    void incomplete_destination_shares_give_a_warning_not_an_error() {
        YearlyRecord r = TestRecords.complete(2023).without("dest_other");
        List<RecordProblem> ps = RecordValidator.validate(r);
        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("destination_shares_complete");
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(RecordValidator.hasErrors(ps)).isFalse();
    }

    @Test
    void duplicated_years_are_reported_once() {
        List<RecordProblem> ps = RecordValidator.validateAll(List.of(TestRecords.complete(2022),
                TestRecords.complete(2022), TestRecords.complete(2023)));
        assertThat(rules(ps)).containsExactly("duplicate_year");
    }

    @Test
    void records_refuse_unknown_fields_non_finite_values_and_impossible_years() {
        assertThatThrownBy(() -> new YearlyRecord(2023, Map.of("turnover", 1.0))).hasMessageContaining("turnover");
        assertThatThrownBy(() -> new YearlyRecord(2023, Map.of("sales", Double.NaN))).hasMessageContaining("sales");
        assertThatThrownBy(() -> new YearlyRecord(1800, Map.of())).hasMessageContaining("1800");
    }

    @Test
    void governance_ratings_on_the_five_point_scale_map_four_and_five_to_high() {
        assertThat(Level.fromScale(3)).isEqualTo(Level.LOW);
        assertThat(Level.fromScale(4)).isEqualTo(Level.HIGH);
        assertThat(GovernanceQuestionnaire.fromScale(5, 1, 4))
                .isEqualTo(new GovernanceQuestionnaire(Level.HIGH, Level.LOW, Level.HIGH));
        assertThatThrownBy(() -> Level.fromScale(0)).hasMessageContaining("1–5");
    }
}
