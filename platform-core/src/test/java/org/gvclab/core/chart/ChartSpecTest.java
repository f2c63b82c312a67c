package org.gvclab.core.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gvclab.core.base.LocalizedText;
import org.junit.jupiter.api.Test;

class ChartSpecTest {

    private static final LocalizedText T = new LocalizedText("图", "Chart");
    private static final Axis AXIS = Axis.of(LocalizedText.of("y"), LocalizedText.of("%"));
    private static final List<LocalizedText> YEARS = List.of(LocalizedText.of("2022"), LocalizedText.of("2023"));

    @Test
    void a_series_with_fewer_values_than_categories_is_refused_by_name() {
        var s = CategorySeries.of(LocalizedText.of("exports"), List.of(1.0));
        assertThatThrownBy(() -> ChartSpec.line(T, Axis.untitled(), AXIS, YEARS, List.of(s)))
                .hasMessageContaining("series 'exports' has 1 values for 2 categories");
    }

    @Test
    void a_nan_value_is_refused_with_its_series_and_index() {
        assertThatThrownBy(() -> CategorySeries.of(LocalizedText.of("rd"), List.of(1.0, Double.NaN)))
                .hasMessageContaining("series 'rd'").hasMessageContaining("index 1");
    }

    @Test
    void a_radar_needs_three_categories() {
        var s = CategorySeries.of(LocalizedText.of("scores"), List.of(1.0, 2.0));
        assertThatThrownBy(() -> ChartSpec.radar(T, AXIS, YEARS, List.of(s)))
                .hasMessageContaining("at least 3 categories");
    }

    @Test
    void only_line_charts_take_bands() {
        var band = new Band(LocalizedText.of("P10–P90"), List.of(0.0, 1.0), List.of(2.0, 3.0));
        var s = new CategorySeries(LocalizedText.of("x"), List.of(1.0, 2.0), band);
        assertThatThrownBy(() -> ChartSpec.bar(T, Axis.untitled(), AXIS, YEARS, List.of(s)))
                .hasMessageContaining("only line charts draw");
        assertThat(ChartSpec.line(T, Axis.untitled(), AXIS, YEARS, List.of(s)).series()).hasSize(1);
    }

    @Test
    void a_band_whose_high_edge_is_below_its_low_edge_is_refused() {
        assertThatThrownBy(() -> new Band(LocalizedText.of("b"), List.of(2.0), List.of(1.0)))
                .hasMessageContaining("high 1.0 is below low 2.0 at index 0");
    }

    @Test
    void scatter_charts_take_points_and_no_categories() {
        var cs = CategorySeries.of(LocalizedText.of("x"), List.of(1.0, 2.0));
        assertThatThrownBy(() -> new ChartSpec(ChartKind.SCATTER, T, AXIS, AXIS, List.of(), List.of(cs)))
                .hasMessageContaining("needs (x, y) points");
    }

    @Test
    void bar_value_scale_starts_at_zero_and_line_value_scale_hugs_the_data_and_its_band() {
        var band = new Band(LocalizedText.of("b"), List.of(40.0, 45.0), List.of(60.0, 71.0));
        var s = new CategorySeries(LocalizedText.of("x"), List.of(50.0, 55.0), band);
        // Line: data range 40..71 → nice range 40, step 10 → 40..80.
        AxisScale line = ChartSpec.line(T, Axis.untitled(), AXIS, YEARS, List.of(s)).valueScale();
        assertThat(line.min()).isEqualTo(40);
        assertThat(line.max()).isEqualTo(80);
        var plain = CategorySeries.of(LocalizedText.of("x"), List.of(50.0, 55.0));
        AxisScale bar = ChartSpec.bar(T, Axis.untitled(), AXIS, YEARS, List.of(plain)).valueScale();
        assertThat(bar.min()).isEqualTo(0);
        assertThat(bar.max()).isEqualTo(60);
    }

    @Test
    void fixed_axis_bounds_win_over_the_data() {
        var s = CategorySeries.of(LocalizedText.of("x"), List.of(10.0, 20.0, 30.0));
        var spec = ChartSpec.radar(T, Axis.bounded(LocalizedText.of("score"), LocalizedText.of(""), 0, 100),
                List.of(LocalizedText.of("a"), LocalizedText.of("b"), LocalizedText.of("c")), List.of(s));
        assertThat(spec.valueScale().min()).isEqualTo(0);
        assertThat(spec.valueScale().max()).isEqualTo(100);
    }

    @Test
    void smile_curve_points_are_joined_in_order_of_distance() {
        var series = new XySeries(LocalizedText.of("chain"), List.of(
                new XyPoint(3.0, 0.3, LocalizedText.of("c")), new XyPoint(1.0, 0.4, LocalizedText.of("a")),
                new XyPoint(2.0, 0.1, LocalizedText.of("b"))));
        assertThat(series.pointsByX()).extracting(p -> p.label().en()).containsExactly("a", "b", "c");
    }
}
