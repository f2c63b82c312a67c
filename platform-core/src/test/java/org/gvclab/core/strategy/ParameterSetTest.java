package org.gvclab.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.gvclab.core.cluster.TestRecords;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.core.paradox.DiagnosisInputs;
import org.junit.jupiter.api.Test;

class ParameterSetTest {

    @Test
    void a_parameter_override_out_of_range_is_refused_with_a_clear_message() {
        assertThatThrownBy(() -> ParameterSet.defaults().withOverrides(Map.of("rd_subsidy_additionality", 5.0)))
                .isInstanceOf(ParameterOverrideException.class)
                .hasMessage("parameter rd_subsidy_additionality (R&D subsidy additionality): 5.0 is outside the allowed "
                        + "range 0–3 (per unit of budget)")
                .satisfies(e -> {
                    ParameterOverrideException p = (ParameterOverrideException) e;
                    assertThat(p.key()).isEqualTo("rd_subsidy_additionality");
                    assertThat(p.text().zh()).contains("超出允许范围 0–3");
                });
    }

    @Test
    void an_unknown_parameter_id_is_refused_by_name() {
        assertThatThrownBy(() -> ParameterSet.defaults().withOverrides(Map.of("rd_depreciaton", 10.0)))
                .isInstanceOf(ParameterOverrideException.class).hasMessage("unknown parameter id rd_depreciaton");
    }

    @Test
    void a_scenario_with_an_override_out_of_range_cannot_be_made() {
        Scenario s = Scenario.defaults("x");
        assertThatThrownBy(() -> s.withOverrides(Map.of("mix_adjustment_speed", 120.0)))
                .isInstanceOf(ParameterOverrideException.class).hasMessageContaining("outside the allowed range 0–100");
    }

    @Test
    void an_override_sets_the_value_and_marks_it_as_the_users() {
        ParameterSet p = ParameterSet.defaults().withOverrides(Map.of("rd_depreciation", 12.0));
        Parameter d = p.parameter("rd_depreciation");
        assertThat(d.value()).isEqualTo(12.0);
        assertThat(d.low()).isEqualTo(10.0);
        assertThat(d.high()).isEqualTo(20.0);
        assertThat(d.assumption()).isFalse();
        assertThat(d.source().en()).startsWith("set by the user (default 15;");
        assertThat(p.overridden("rd_depreciation")).isTrue();
        assertThat(p.overrides()).containsExactly(Map.entry("rd_depreciation", 12.0));
    }

    @Test
    void a_value_outside_the_uncertainty_range_widens_the_range() {
        Parameter d = ParameterSet.defaults().withOverrides(Map.of("rd_depreciation", 30.0)).parameter("rd_depreciation");
        assertThat(d.low()).isEqualTo(10.0);
        assertThat(d.high()).isEqualTo(30.0);
    }

    @Test
    void the_uncertainty_range_can_be_set_and_must_contain_the_value() {
        Parameter d = ParameterSet.defaults().withOverrides(Map.of("rd_depreciation:low", 14.0, "rd_depreciation:high", 16.0))
                .parameter("rd_depreciation");
        assertThat(d.low()).isEqualTo(14.0);
        assertThat(d.high()).isEqualTo(16.0);
        assertThatThrownBy(() -> ParameterSet.defaults().withOverrides(Map.of("rd_depreciation:low", 16.0)))
                .isInstanceOf(ParameterOverrideException.class)
                .hasMessageContaining("the uncertainty range 16–20 does not contain the value 15");
        assertThatThrownBy(() -> ParameterSet.defaults().withOverrides(Map.of("preset_budget_share:high", 5.0)))
                .isInstanceOf(ParameterOverrideException.class).hasMessageContaining("is fixed");
    }

    @Test
    void a_zero_width_range_makes_a_parameter_certain() {
        ParameterSet p = ParameterSet.defaults().withOverrides(Map.of("rd_depreciation:low", 15.0, "rd_depreciation:high", 15.0));
        double[] draw = p.draw(new SplittableRandom(1));
        assertThat(draw[Param.RD_DEPRECIATION.ordinal()]).isEqualTo(15.0);
        assertThat(p.parameter("rd_depreciation").uncertain()).isFalse();
    }

    @Test
    void draws_stay_inside_the_ranges_and_fixed_parameters_stay_fixed() {
        ParameterSet p = ParameterSet.defaults();
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 2000; i++) {
            double[] d = p.draw(r);
            for (Parameter x : p.parameters()) {
                double v = d[Param.valueOf(constantOf(x.id())).ordinal()];
                assertThat(v).as(x.id()).isBetween(x.low(), x.high());
                if (!x.uncertain()) {
                    assertThat(v).as(x.id()).isEqualTo(x.value());
                }
            }
        }
    }

    @Test
    void the_triangular_draw_inverts_the_distribution_function() {
        // triangular(a = 0, c = 1, b = 4): F(c) = (c − a)/(b − a) = 0.25; F⁻¹(0.25) = 1, F⁻¹(0.01) = sqrt(0.01·4·1) = 0.2,
        // F⁻¹(0.64) = 4 − sqrt(0.36·4·3) = 4 − sqrt(4.32)
        assertThat(Distribution.TRIANGULAR.draw(1, 0, 4, 0.25)).isCloseTo(1, within(1e-15));
        assertThat(Distribution.TRIANGULAR.draw(1, 0, 4, 0.01)).isCloseTo(0.2, within(1e-15));
        assertThat(Distribution.TRIANGULAR.draw(1, 0, 4, 0.64)).isCloseTo(4 - Math.sqrt(4.32), within(1e-15));
        assertThat(Distribution.UNIFORM.draw(1, 0, 4, 0.3)).isCloseTo(1.2, within(1e-15));
        assertThat(Distribution.FIXED.draw(1, 0, 4, 0.3)).isEqualTo(1);
    }

    @Test
    void every_parameter_has_a_unique_id_names_in_both_languages_and_a_source() {
        List<Parameter> all = ParameterSet.defaults().parameters();
        assertThat(new HashSet<>(all.stream().map(Parameter::id).toList())).hasSameSizeAs(all);
        for (Parameter x : all) {
            assertThat(x.id()).matches("[a-z0-9_]+");
            assertThat(x.name().zh()).isNotBlank();
            assertThat(x.name().en()).isNotBlank();
            assertThat(x.description().en()).isNotBlank();
            assertThat(x.source().en()).isNotBlank();
            if (x.assumption()) {
                assertThat(x.source().en()).contains("assumption");
            }
        }
    }

    @Test
    void growth_rates_come_from_the_clusters_own_history() {
        YearlyRecord y2021 = TestRecords.complete(2021).with("domestic_sales", 400_000).with("exports", 500_000);
        YearlyRecord y2023 = TestRecords.complete(2023);
        ParameterSet p = ClusterBaseline.of(DiagnosisInputs.of(List.of(y2023, y2021), null, null)).parameters();
        // domestic sales 400,000 → 500,000 over two years: (1.25)^(1/2) − 1 = 11.803… %; exports flat: 0 %
        Parameter gD = p.parameter("domestic_demand_growth");
        assertThat(gD.value()).isCloseTo(100 * (Math.sqrt(1.25) - 1), within(1e-12));
        assertThat(gD.low()).isCloseTo(gD.value() - 3, within(1e-12));
        assertThat(gD.assumption()).isFalse();
        assertThat(gD.source().en()).startsWith("cluster data 2021–2023: compound annual growth of domestic sales at current prices")
                .contains("deflated by the model");
        assertThat(p.parameter("export_demand_growth").value()).isZero();
        // one record only: the generic default stays, marked as an assumption
        Parameter single = ClusterBaseline.of(DiagnosisInputs.of(List.of(y2023), null, null)).parameters()
                .parameter("domestic_demand_growth");
        assertThat(single.value()).isEqualTo(6.0);
        assertThat(single.assumption()).isTrue();
    }

    private static String constantOf(String id) {
        return id.toUpperCase(java.util.Locale.ROOT);
    }
}
