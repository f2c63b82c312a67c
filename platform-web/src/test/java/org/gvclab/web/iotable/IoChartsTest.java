package org.gvclab.web.iotable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.gvclab.core.chart.ChartKind;
import org.gvclab.core.chart.ChartSpec;
import org.gvclab.core.chart.XySeries;
import org.gvclab.core.io.decompose.IndicatorId;
import org.gvclab.core.io.decompose.IndicatorTable;
import org.junit.jupiter.api.Test;

/** The charts read the right columns of the computed outputs and leave undefined points out. */
class IoChartsTest {

    private static final List<String> KOOPMAN_COLUMNS = List.of("gross_exports_E", "IV_vs1_e2r", "FV_vs_i2e",
            "IV_T3_kww_DVA_INTrex", "FV_T7T8T9_kww", "A_forward_IV_over_E", "A_backward_FV_over_E",
            "A_participation_(IV+FV)/E", "A_position_ln(1+IV/E)-ln(1+FV/E)", "B_forward_IV_over_E",
            "B_backward_FV_over_E", "B_participation_(IV+FV)/E", "B_position_ln(1+IV/E)-ln(1+FV/E)");

    private static double[] row(double participationA, double positionA) {
        double[] v = new double[13];
        java.util.Arrays.fill(v, 99); // variant B and the sums must not be read
        v[7] = participationA;
        v[8] = positionA;
        return v;
    }

    @Test
    void participation_and_position_come_from_variant_a_one_point_per_region() {
        IndicatorTable k = new IndicatorTable(IndicatorId.KOOPMAN2010_PARTICIPATION_POSITION, List.of("country"),
                KOOPMAN_COLUMNS, List.of(new IndicatorTable.Row(List.of("CHN"), row(0.4, -0.1)),
                new IndicatorTable.Row(List.of("DEU"), row(0.5, 0.2)),
                new IndicatorTable.Row(List.of("XXX"), row(Double.NaN, Double.NaN))));
        ChartSpec spec = IoCharts.participationPosition(k);
        assertThat(spec.kind()).isEqualTo(ChartKind.SCATTER);
        XySeries s = (XySeries) spec.series().get(0);
        assertThat(s.points()).hasSize(2);
        assertThat(s.points().get(0).x()).isEqualTo(0.4);
        assertThat(s.points().get(0).y()).isEqualTo(-0.1);
        assertThat(s.points().get(1).label().en()).isEqualTo("DEU");
        assertThat(spec.xAxis().title().en()).contains("(IV + FV) / E");
        assertThat(spec.yAxis().title().en()).contains("ln(1 + IV/E) − ln(1 + FV/E)");
    }

    @Test
    void the_smile_curve_shows_the_largest_shares_in_percent_against_stages() {
        List<IndicatorTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // share i/1000, so the 25 largest are i = 15..39
            rows.add(new IndicatorTable.Row(List.of("R" + i, "S_x"), new double[] {10, i / 1000.0, 1, i % 4}));
        }
        rows.add(new IndicatorTable.Row(List.of("Z", "none"), new double[] {0, Double.NaN, 0, 0}));
        IndicatorTable smile = new IndicatorTable(IndicatorId.SMILE_CURVE, List.of("country", "sector"),
                List.of("value_added", "share", "apl_to_final_producer", "stages_to_final_demand"), rows);
        ChartSpec spec = IoCharts.smileCurve(smile, "R0 · S_x");
        assertThat(spec.kind()).isEqualTo(ChartKind.SMILE_CURVE);
        XySeries s = (XySeries) spec.series().get(0);
        assertThat(s.points()).hasSize(IoCharts.SMILE_POINTS);
        assertThat(s.points().get(0).label().en()).isEqualTo("R39_S_x");
        assertThat(s.points().get(0).y()).isEqualTo(3.9, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(s.points().get(0).x()).isEqualTo(3.0);
        assertThat(s.points()).noneMatch(p -> p.label().en().startsWith("R14_"));
        assertThat(IoCharts.participants(smile)).isEqualTo(40);
    }

    @Test
    void a_chart_refuses_the_wrong_output() {
        IndicatorTable e = new IndicatorTable(IndicatorId.EXPORTS_TOTAL, List.of("id"), List.of("E"), List.of());
        assertThatThrownBy(() -> IoCharts.participationPosition(e)).hasMessageContaining("Koopman");
        assertThatThrownBy(() -> IoCharts.smileCurve(e, "x")).hasMessageContaining("smile");
    }
}
