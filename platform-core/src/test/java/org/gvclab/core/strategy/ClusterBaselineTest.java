package org.gvclab.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.gvclab.core.cluster.TestRecords;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.core.paradox.DiagnosisInputs;
import org.junit.jupiter.api.Test;

class ClusterBaselineTest {

    private static ClusterBaseline of(YearlyRecord... r) {
        return ClusterBaseline.of(DiagnosisInputs.of(List.of(r), null, null));
    }

    @Test
    void a_base_year_without_value_added_is_refused_naming_year_and_field() {
        assertThatThrownBy(() -> of(TestRecords.complete(2022).without("value_added")))
                .isInstanceOf(BaselineDataException.class)
                .hasMessage("2022 record: the projection needs value added above zero (not entered)")
                .satisfies(e -> assertThat(((BaselineDataException) e).fieldId()).isEqualTo("value_added"));
        assertThatThrownBy(() -> of(TestRecords.complete(2022).with("employees", 0)))
                .hasMessage("2022 record: the projection needs employees above zero (got 0)");
        assertThatThrownBy(() -> of(TestRecords.complete(2022).without("domestic_sales").without("exports")))
                .hasMessageContaining("domestic sales and exports are both missing");
    }

    @Test
    void the_latest_record_is_the_base_year() {
        ClusterBaseline b = of(TestRecords.complete(2021), TestRecords.complete(2023), TestRecords.complete(2022));
        assertThat(b.baseYear()).isEqualTo(2023);
        assertThat(b.baseRecord()).isEqualTo(TestRecords.complete(2023));
    }

    @Test
    void missing_domestic_sales_are_sales_minus_exports_and_say_so() {
        ClusterBaseline b = of(TestRecords.complete(2023).without("domestic_sales").with("exports", 300_000));
        assertThat(b.d0).isEqualTo(700_000);
        assertThat(b.notes()).anyMatch(n -> n.en().equals("domestic sales not entered: taken as sales minus exports"));
    }

    @Test
    void a_missing_functional_mix_takes_the_default_shares_and_says_so() {
        ClusterBaseline b = of(TestRecords.complete(2023).without("obm_sales").without("odm_sales").without("oem_sales"));
        assertThat(b.mixEntered).isFalse();
        assertThat(b.notes()).anyMatch(n -> n.en().contains("default_odm_share"));
        // the OBM outcome of the base year is then the default share of 10 %
        Projection.Path p = Projection.run(b, b.parameters().vector(), new Projection.Plan(Strategies.presets().get(0), b.va0, 1),
                1, Shock.none(), false, false);
        assertThat(p.obm[0]).isCloseTo(10, within(1e-12));
    }
}
