package org.gvclab.core.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MeasureTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Test
    void years_are_never_grouped_and_counts_are_whole() {
        assertThat(Measure.YEAR.format(2024, EN)).isEqualTo("2024");
        assertThat(Measure.YEAR.format(2033.0, ZH)).isEqualTo("2033");
        assertThat(Measure.COUNT.format(74_145.7, EN)).isEqualTo("74,146");
        assertThat(Measure.COUNT.format(1000, ZH)).isEqualTo("1,000");
    }

    @Test
    void money_takes_decimals_that_suit_its_size() {
        assertThat(Measure.MONEY.format(3_125_432.77, EN)).isEqualTo("3,125,433");
        assertThat(Measure.MONEY.format(312.549, EN)).isEqualTo("312.5");
        assertThat(Measure.MONEY.format(3.14159, EN)).isEqualTo("3.14");
        assertThat(Measure.MONEY.excelFormat(3_125_432.77)).isEqualTo("#,##0");
        assertThat(Measure.MONEY.excelFormat(312.5)).isEqualTo("#,##0.0");
    }

    @Test
    void shares_and_indices_have_one_decimal() {
        assertThat(Measure.PERCENT.format(12.345, EN)).isEqualTo("12.3%");
        assertThat(Measure.SHARE.format(0.12345, ZH)).isEqualTo("12.3%");
        assertThat(Measure.INDEX.format(64.0287, EN)).isEqualTo("64.0");
        assertThat(Measure.POINTS.format(1.25, EN)).isEqualTo("+1.3");
        assertThat(Measure.POINTS.format(-0.04, EN)).isEqualTo("0.0");
        assertThat(Measure.RATIO.format(0.1543, EN)).isEqualTo("0.15");
    }

    @Test
    void parameters_keep_three_significant_digits_without_trailing_zeros() {
        assertThat(Measure.DECIMAL.format(2.6383016902354033, EN)).isEqualTo("2.64");
        assertThat(Measure.DECIMAL.format(0.08, EN)).isEqualTo("0.08");
        assertThat(Measure.DECIMAL.format(15, EN)).isEqualTo("15");
        assertThat(Measure.DECIMAL.format(2500.4, EN)).isEqualTo("2,500");
        assertThat(Measure.DECIMAL.excelFormat(0.08)).isEqualTo("#,##0.00");
    }

    @Test
    void a_value_that_rounds_to_zero_has_no_minus_sign_and_non_finite_values_show_a_dash() {
        assertThat(Measure.INDEX.format(-0.01, EN)).isEqualTo("0.0");
        assertThat(Measure.MONEY.format(-0.001, EN)).isEqualTo("0.00");
        assertThat(Measure.INDEX.format(Double.NaN, EN)).isEqualTo("—");
    }
}
