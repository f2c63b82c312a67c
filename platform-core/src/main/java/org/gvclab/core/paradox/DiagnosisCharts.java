package org.gvclab.core.paradox;

import java.util.ArrayList;
import java.util.List;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;
import org.gvclab.core.chart.Axis;
import org.gvclab.core.chart.CategorySeries;
import org.gvclab.core.chart.ChartSpec;
import org.gvclab.core.indicator.Group;

/**
 * The charts of a diagnosis, as renderer-neutral specifications that the browser (ECharts), the PDF brief and the
 * Excel workbook all draw: the five factor scores as a radar, and the lock-in index over the years.
 */
public final class DiagnosisCharts {

    private static final LocalizedText RISK = Msg.of("paradox.chart.lock_in_risk_0_100");
    private static final LocalizedText POINTS = Msg.of("paradox.chart.points");

    private DiagnosisCharts() {
    }

    /**
     * The five factor scores (0–100, higher = more risk of low-end lock-in). A factor without a score (no data)
     * is left out rather than drawn as zero.
     */
    public static ChartSpec factorRadar(DiagnosisResult result) {
        List<LocalizedText> factors = new ArrayList<>();
        List<Double> risks = new ArrayList<>();
        for (Group g : Group.values()) {
            Double risk = g.isFactor() ? result.score(g).map(GroupScore::risk).orElse(null) : null;
            if (risk != null) {
                factors.add(g.label());
                risks.add(risk);
            }
        }
        return ChartSpec.radar(Msg.of("paradox.chart.radar_title", result.year()), Axis.bounded(RISK, POINTS, 0, 100), factors,
                List.of(CategorySeries.of(Msg.of("paradox.chart.risk"), risks)));
    }

    /** The lock-in index per year (years without an index are left out). */
    public static ChartSpec lockInTrend(List<DiagnosisResult> byYear) {
        List<LocalizedText> years = new ArrayList<>();
        List<Double> index = new ArrayList<>();
        for (DiagnosisResult r : byYear) {
            if (r.lockInIndex() != null) {
                years.add(LocalizedText.of(String.valueOf(r.year())));
                index.add(r.lockInIndex());
            }
        }
        return ChartSpec.line(Msg.of("paradox.chart.lock_in_index_over_the_years"),
                Axis.of(Msg.of("paradox.chart.year"), LocalizedText.of("")),
                Axis.bounded(Msg.of("paradox.chart.lock_in_index"), POINTS, 0, 100), years,
                List.of(CategorySeries.of(Msg.of("paradox.chart.lock_in_index"), index)));
    }
}
