package org.gvclab.web.iotable.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Grid numbers keep about six significant digits and say when a value is undefined. */
class ValueFormatTest {

    private final ValueFormat en = new ValueFormat(Locale.ENGLISH, "undefined");

    @Test
    void numbers_keep_about_six_significant_digits_with_grouping() {
        assertThat(en.format(1.0)).isEqualTo("1");
        assertThat(en.format(1.0823456789)).isEqualTo("1.08235");
        assertThat(en.format(12345.678912)).isEqualTo("12,345.7");
        assertThat(en.format(-0.0123456789)).isEqualTo("-0.0123457");
        assertThat(en.format(0)).isEqualTo("0");
    }

    @Test
    void tiny_and_huge_magnitudes_are_scientific_and_nan_is_named() {
        assertThat(en.format(1.5e-9)).isEqualTo("1.5E-9");
        assertThat(en.format(2.5e13)).isEqualTo("2.5E13");
        assertThat(en.format(Double.NaN)).isEqualTo("undefined");
    }
}
