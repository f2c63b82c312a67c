package org.gvclab.core.paradox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gvclab.core.chart.CategorySeries;
import org.gvclab.core.chart.ChartKind;
import org.gvclab.core.chart.ChartSpec;
import org.gvclab.core.cluster.SampleClusters;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.core.indicator.Group;
import org.junit.jupiter.api.Test;

class DiagnosisChartsTest {

    private static final SampleClusters.SampleCluster SOCKS = SampleClusters.all().get(0);

    private static DiagnosisResult diagnose(List<YearlyRecord> records) {
        return Diagnosis.diagnose(DiagnosisInputs.of(records, SOCKS.governance(), SOCKS.architecture()));
    }

    @Test
    void the_radar_draws_each_scored_factor_with_its_risk() {
        DiagnosisResult result = diagnose(SOCKS.records());
        ChartSpec radar = DiagnosisCharts.factorRadar(result);

        assertThat(radar.kind()).isEqualTo(ChartKind.RADAR);
        List<Double> values = ((CategorySeries) radar.series().get(0)).values();
        int i = 0;
        for (Group g : Group.values()) {
            if (g.isFactor() && result.score(g).orElseThrow().risk() != null) {
                assertThat(radar.categories().get(i)).isEqualTo(g.label());
                assertThat(values.get(i)).isEqualTo(result.score(g).orElseThrow().risk());
                i++;
            }
        }
        assertThat(values).hasSize(i);
    }

    @Test
    void the_trend_has_one_point_per_year_with_that_years_index() {
        List<DiagnosisResult> byYear = new ArrayList<>();
        for (int n = 1; n <= SOCKS.records().size(); n++) {
            byYear.add(diagnose(SOCKS.records().subList(0, n)));
        }
        ChartSpec trend = DiagnosisCharts.lockInTrend(byYear);

        assertThat(trend.categories()).hasSize(SOCKS.records().size());
        assertThat(trend.categories().get(0).en()).isEqualTo(String.valueOf(SOCKS.records().get(0).year()));
        assertThat(((CategorySeries) trend.series().get(0)).values())
                .containsExactlyElementsOf(byYear.stream().map(DiagnosisResult::lockInIndex).toList());
    }
}
