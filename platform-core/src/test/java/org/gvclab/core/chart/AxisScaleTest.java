package org.gvclab.core.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AxisScaleTest {

    @Test
    void scores_up_to_97_get_an_axis_from_0_to_100_in_steps_of_20() {
        // Heckbert: range nice(97) = 100, step nice(100 / 5 = 20) = 20, bounds floor(0/20)·20 = 0, ceil(97/20)·20 = 100.
        AxisScale s = AxisScale.nice(0, 97, 6);
        assertThat(s.min()).isEqualTo(0);
        assertThat(s.max()).isEqualTo(100);
        assertThat(s.step()).isEqualTo(20);
        assertThat(s.ticks()).containsExactly(0.0, 20.0, 40.0, 60.0, 80.0, 100.0);
        assertThat(s.decimals()).isZero();
    }

    @Test
    void shares_between_013_and_087_get_clean_ticks_of_02_without_floating_point_noise() {
        // range nice(0.74) = 1, step nice(1 / 5 = 0.2) = 0.2, bounds 0 and ceil(0.87 / 0.2)·0.2 = 1.0.
        AxisScale s = AxisScale.nice(0.13, 0.87, 6);
        assertThat(s.ticks()).containsExactly(0.0, 0.2, 0.4, 0.6, 0.8, 1.0);
        assertThat(s.decimals()).isEqualTo(1);
    }

    @Test
    void negative_ranges_get_ticks_that_straddle_zero() {
        // range nice(-3.2 .. 7.9 = 11.1) = 20, step nice(4) = 5, bounds -5 and 10.
        AxisScale s = AxisScale.nice(-3.2, 7.9, 6);
        assertThat(s.min()).isCloseTo(-5, within(1e-12));
        assertThat(s.max()).isCloseTo(10, within(1e-12));
        assertThat(s.ticks()).containsExactly(-5.0, 0.0, 5.0, 10.0);
    }

    @Test
    void a_single_value_is_widened_so_it_sits_inside_the_axis() {
        AxisScale s = AxisScale.nice(42, 42, 6);
        assertThat(s.min()).isLessThan(42);
        assertThat(s.max()).isGreaterThan(42);
    }

    @Test
    void a_reversed_or_infinite_range_is_refused() {
        assertThatThrownBy(() -> AxisScale.nice(5, 1, 6)).hasMessageContaining("[5.0, 1.0]");
        assertThatThrownBy(() -> AxisScale.nice(0, Double.NaN, 6)).hasMessageContaining("NaN");
    }
}
