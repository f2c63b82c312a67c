package org.gvclab.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.cluster.TestRecords;
import org.gvclab.core.cluster.YearlyRecord;
import org.junit.jupiter.api.Test;

class UserFormulaTest {

    private static final YearlyRecord R = TestRecords.complete(2023);

    private static double eval(String f) {
        return UserFormula.parse(f).evaluate("t", R, null).value();
    }

    @Test
    void operators_follow_the_usual_precedence_and_associativity() {
        assertThat(eval("1 + 2 * 3")).isEqualTo(7);
        assertThat(eval("(1 + 2) × 3")).isEqualTo(9);
        assertThat(eval("8 ÷ 4 / 2")).isEqualTo(1);
        assertThat(eval("-2 ^ 2")).isEqualTo(-4);
        assertThat(eval("2 ^ 3 ^ 2")).isEqualTo(512);
        assertThat(eval("--3")).isEqualTo(3);
        assertThat(eval("1.5e3 - .5")).isEqualTo(1499.5);
    }

    @Test
    void fields_and_functions_evaluate_with_provenance() {
        UserFormula f = UserFormula.parse("(obm_sales + odm_sales) / sales * 100");
        IndicatorValue v = f.evaluate("functional_upgrading", R, null);
        assertThat(v.value()).isCloseTo(30.0, within(1e-12));
        assertThat(f.fields()).containsExactly("obm_sales", "odm_sales", "sales");
        assertThat(v.inputs()).extracting(IndicatorInput::fieldId).containsExactly("obm_sales", "odm_sales", "sales");
        assertThat(eval("max(exports, domestic_sales, 7) + min(1, 2)")).isEqualTo(500_001);
        assertThat(eval("abs(-3) + sqrt(16) + ln(1)")).isEqualTo(7);
    }

    @Test
    void validation_names_every_unknown_identifier_with_its_position() {
        List<FormulaError> errors = UserFormula.validate("export / sale * 100");
        assertThat(errors).extracting(FormulaError::identifier, FormulaError::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("export", 0), org.assertj.core.groups.Tuple.tuple("sale", 9));
        assertThat(errors.get(0).message().en()).contains("unknown identifier 'export'");
        assertThat(errors.get(0).message().zh()).contains("未知标识符");
    }

    @Test
    void unknown_functions_and_syntax_errors_are_refused_with_a_position() {
        assertThat(UserFormula.validate("exp(sales)")).singleElement()
                .satisfies(e -> assertThat(e.message().en()).contains("unknown function 'exp'"));
        assertThat(UserFormula.validate("sales * (exports + 1")).singleElement().satisfies(e -> {
            assertThat(e.position()).isEqualTo(20);
            assertThat(e.message().en()).contains("')' is missing");
        });
        assertThat(UserFormula.validate("sales +")).singleElement()
                .satisfies(e -> assertThat(e.message().en()).contains("ends early"));
        assertThat(UserFormula.validate("")).singleElement().satisfies(e -> assertThat(e.message().en()).contains("empty"));
        assertThatThrownBy(() -> UserFormula.parse("sales sales")).isInstanceOf(FormulaException.class)
                .hasMessageContaining("at position 6");
    }

    @Test
    void nothing_but_fields_and_arithmetic_can_be_reached() {
        assertThat(UserFormula.validate("java.lang.Runtime.getRuntime().exec(\"rm\")")).isNotEmpty();
        assertThat(UserFormula.validate("System.exit(0)")).isNotEmpty();
        assertThat(UserFormula.validate("sales; exports")).isNotEmpty();
        assertThat(UserFormula.validate("(".repeat(200) + "1" + ")".repeat(200))).singleElement()
                .satisfies(e -> assertThat(e.message().en()).contains("nested too deeply"));
    }

    @Test
    void division_by_zero_and_domain_errors_are_not_computable_with_a_reason() {
        IndicatorValue div = UserFormula.parse("sales / (exports - exports)").evaluate("t", R, null);
        assertThat(div.computable()).isFalse();
        assertThat(div.notComputable().en()).contains("division by zero").contains("character 7");
        assertThat(UserFormula.parse("ln(exports - exports)").evaluate("t", R, null).notComputable().en())
                .contains("ln needs a positive argument");
        assertThat(UserFormula.parse("sqrt(-1)").evaluate("t", R, null).notComputable().en()).contains("sqrt");
    }

    @Test
    void lag_reads_the_previous_year() {
        UserFormula f = UserFormula.parse("exports - lag(exports)");
        assertThat(f.evaluate("t", R, TestRecords.complete(2022).with("exports", 450_000)).value()).isEqualTo(50_000);
        assertThat(UserFormula.validate("lag(1 + sales)")).singleElement()
                .satisfies(e -> assertThat(e.message().en()).contains("lag takes exactly one field id"));
    }

    @Test
    void a_user_indicator_evaluates_like_a_catalogue_one_and_may_not_reuse_a_catalogue_id() {
        Indicator i = UserFormula.parse("obm_sales / firms").toIndicator("obm_per_firm",
                new LocalizedText("每家企业自有品牌销售", "OBM sales per firm"), LocalizedText.of("10k CNY"),
                Polarity.HIGHER_IS_BETTER, List.of(Group.INDUSTRIAL_INNOVATION));
        assertThat(IndicatorEvaluator.evaluate(i, R, null).value()).isEqualTo(100.0);
        assertThatThrownBy(() -> UserFormula.parse("sales").toIndicator("export_dependence", LocalizedText.of("x"),
                LocalizedText.of(""), Polarity.HIGHER_IS_BETTER, List.of())).hasMessageContaining("catalogue");
        assertThatThrownBy(() -> UserFormula.parse("sales").toIndicator("Bad Id", LocalizedText.of("x"),
                LocalizedText.of(""), Polarity.HIGHER_IS_BETTER, List.of())).hasMessageContaining("snake case");
    }
}
