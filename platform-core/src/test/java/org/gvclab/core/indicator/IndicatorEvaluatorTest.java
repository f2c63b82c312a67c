package org.gvclab.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gvclab.core.cluster.TestRecords;
import org.gvclab.core.cluster.YearlyRecord;
import org.junit.jupiter.api.Test;

class IndicatorEvaluatorTest {

    private static final double EPS = 1e-12;

    private static Map<String, IndicatorValue> byId(List<IndicatorValue> vs) {
        return vs.stream().collect(Collectors.toMap(IndicatorValue::indicatorId, v -> v));
    }

    @Test
    void catalogue_indicators_match_hand_calculations_on_a_complete_record() {
        // hand calculations from TestRecords.complete: output 1,000,000; VA 200,000; sales 1,000,000 ...
        Map<String, IndicatorValue> v = byId(IndicatorEvaluator.evaluate(TestRecords.complete(2023), null));
        assertThat(v.get("rd_intensity").value()).isCloseTo(10_000.0 / 1_000_000 * 100, within(EPS));          // 1 %
        assertThat(v.get("patents_per_10k_employees").value()).isCloseTo(25.0 / 50_000 * 10_000, within(EPS)); // 5
        assertThat(v.get("labour_productivity").value()).isCloseTo(4.0, within(EPS));                           // 200,000 / 50,000
        assertThat(v.get("imported_input_dependence").value()).isCloseTo(10.0, within(EPS));                    // 80,000 / 800,000
        assertThat(v.get("export_dependence").value()).isCloseTo(50.0, within(EPS));
        // (30² + 30² + 10² + 10² + 4 × 5²) / 100² = 2,100 / 10,000
        assertThat(v.get("destination_hhi").value()).isCloseTo(0.21, within(EPS));
        assertThat(v.get("restricted_market_exposure").value()).isCloseTo(10.0, within(EPS));                   // 20 % × 0.5
        assertThat(v.get("obm_share").value()).isCloseTo(10.0, within(EPS));
        assertThat(v.get("local_sourcing_share").value()).isCloseTo(50.0, within(EPS));                         // 400,000 / 800,000
        assertThat(v.get("market_turnover_ratio").value()).isCloseTo(0.5, within(EPS));
        assertThat(v.get("value_added_rate").value()).isCloseTo(20.0, within(EPS));
        assertThat(v.get("standards_per_100_firms").value()).isCloseTo(0.5, within(EPS));
    }

    @Test
    void each_value_carries_its_inputs_year_and_formula() {
        IndicatorValue v = IndicatorEvaluator.evaluate(IndicatorCatalogue.get("export_dependence"), TestRecords.complete(2023), null);
        assertThat(v.year()).isEqualTo(2023);
        assertThat(v.formula()).isEqualTo("exports / sales * 100");
        assertThat(v.inputs()).containsExactly(new IndicatorInput("exports", 2023, 500_000), new IndicatorInput("sales", 2023, 1_000_000));
    }

    @Test
    void growth_uses_the_previous_year_and_names_both_years_in_its_provenance() {
        YearlyRecord prev = TestRecords.complete(2022).with("domestic_sales", 400_000);
        IndicatorValue g = IndicatorEvaluator.evaluate(IndicatorCatalogue.get("domestic_sales_growth"), TestRecords.complete(2023), prev);
        assertThat(g.value()).isCloseTo(25.0, within(EPS)); // 500,000 / 400,000 − 1
        assertThat(g.inputs()).containsExactly(new IndicatorInput("domestic_sales", 2023, 500_000),
                new IndicatorInput("domestic_sales", 2022, 400_000));
    }

    @Test
    void without_a_previous_record_growth_is_not_computable_with_a_reason() {
        IndicatorValue g = IndicatorEvaluator.evaluate(IndicatorCatalogue.get("value_added_growth"), TestRecords.complete(2023), null);
        assertThat(g.computable()).isFalse();
        assertThat(g.notComputable().en()).contains("previous year's (2022) record");
        IndicatorValue wrongYear = IndicatorEvaluator.evaluate(IndicatorCatalogue.get("value_added_growth"),
                TestRecords.complete(2023), TestRecords.complete(2020));
        assertThat(wrongYear.notComputable().en()).contains("should be for 2022");
    }

    @Test
    void a_missing_field_or_a_zero_denominator_gives_a_reason_never_nan() {
        YearlyRecord r = TestRecords.complete(2023).without("rd_expenditure").with("exports", 0).with("processing_exports", 0);
        Map<String, IndicatorValue> v = byId(IndicatorEvaluator.evaluate(r, null));
        assertThat(v.get("rd_intensity").notComputable().en()).isEqualTo("R&D expenditure not entered for 2023");
        assertThat(v.get("processing_trade_share").notComputable().en()).contains("division by zero");
        assertThat(v.values()).allSatisfy(x -> assertThat(x.value() == null || Double.isFinite(x.value())).isTrue());
    }

    @Test
    void destination_hhi_uses_the_shares_entered() {
        YearlyRecord r = TestRecords.complete(2023);
        for (String id : org.gvclab.core.cluster.FieldCatalogue.DESTINATION_SHARES) {
            r = r.without(id);
        }
        r = r.with("dest_north_america", 100);
        assertThat(IndicatorEvaluator.evaluate(IndicatorCatalogue.get("destination_hhi"), r, null).value())
                .isCloseTo(1.0, within(EPS));
    }
}
