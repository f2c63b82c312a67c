package org.gvclab.web.iotable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.chart.Axis;
import org.gvclab.core.chart.ChartSpec;
import org.gvclab.core.chart.XyPoint;
import org.gvclab.core.chart.XySeries;
import org.gvclab.core.io.decompose.IndicatorId;
import org.gvclab.core.io.decompose.IndicatorTable;
import org.gvclab.web.base.Translations;

/**
 * The two charts of a table page as renderer-neutral specifications, read from computed outputs (no formula
 * here): GVC participation against position per region, and the smile curve of one chain.
 */
public final class IoCharts {

    /** Participation column of Koopman et al. (2010), variant A (docs/methods.md#gvc-participation: IV = DVX, FV = i2e). */
    static final String PARTICIPATION = "A_participation_(IV+FV)/E";
    /** Position column, same variant. */
    static final String POSITION = "A_position_ln(1+IV/E)-ln(1+FV/E)";
    /** Participants drawn on a smile curve (*assumption*: more labelled points would not be readable). */
    public static final int SMILE_POINTS = 25;

    private IoCharts() {
    }

    /**
     * One point per region: x = GVC participation {@code (IV + FV)/E}, y = GVC position
     * {@code ln(1 + IV/E) − ln(1 + FV/E)} (Koopman, Powers, Wang &amp; Wei 2010, NBER w16426), variant A of the
     * golden README §4.7: IV = domestic value added in other regions' exports (e2r), FV = foreign value added in
     * own exports (i2e), E = gross exports. Regions whose ratios are undefined (no exports) are left out.
     *
     * @param koopman the {@code koopman2010_participation_position} output
     */
    public static ChartSpec participationPosition(IndicatorTable koopman) {
        if (koopman.indicator() != IndicatorId.KOOPMAN2010_PARTICIPATION_POSITION) {
            throw new IllegalArgumentException("expected the Koopman et al. output, got " + koopman.indicator());
        }
        List<XyPoint> points = new ArrayList<>();
        for (int i = 0; i < koopman.rows().size(); i++) {
            double x = koopman.value(i, PARTICIPATION);
            double y = koopman.value(i, POSITION);
            if (Double.isFinite(x) && Double.isFinite(y)) {
                points.add(new XyPoint(x, y, LocalizedText.of(koopman.rows().get(i).keys().get(0))));
            }
        }
        return ChartSpec.scatter(Translations.text("io.chart.koopman.title"),
                Axis.of(Translations.text("io.chart.koopman.x"), LocalizedText.of("")),
                Axis.of(Translations.text("io.chart.koopman.y"), LocalizedText.of("")),
                List.of(new XySeries(Translations.text("io.chart.koopman.series"), points)));
    }

    /**
     * The smile curve of a chain: each participant's share of the final product's value (in %) against its
     * number of stages to final demand (Ye, Meng &amp; Wei 2015), for the {@value #SMILE_POINTS} participants with
     * the largest shares.
     *
     * @param smile the {@code smile_curve} output of the chain
     * @param chain the chain's name for the title (region and sector)
     */
    public static ChartSpec smileCurve(IndicatorTable smile, String chain) {
        if (smile.indicator() != IndicatorId.SMILE_CURVE) {
            throw new IllegalArgumentException("expected a smile curve, got " + smile.indicator());
        }
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < smile.rows().size(); i++) {
            double share = smile.value(i, "share");
            double distance = smile.value(i, "stages_to_final_demand");
            if (Double.isFinite(share) && Double.isFinite(distance)) {
                rows.add(i);
            }
        }
        rows.sort(Comparator.comparingDouble((Integer i) -> -smile.value(i, "share")));
        List<XyPoint> points = new ArrayList<>();
        for (int i : rows.subList(0, Math.min(SMILE_POINTS, rows.size()))) {
            List<String> k = smile.rows().get(i).keys();
            points.add(new XyPoint(smile.value(i, "stages_to_final_demand"), 100 * smile.value(i, "share"),
                    LocalizedText.of(k.get(0) + "_" + k.get(1))));
        }
        return ChartSpec.smileCurve(Translations.text("io.chart.smileCurve.title", chain),
                Axis.of(Translations.text("io.chart.smileCurve.x"), LocalizedText.of("")),
                Axis.of(Translations.text("io.chart.smileCurve.y"), LocalizedText.of("%")),
                List.of(new XySeries(Translations.text("io.chart.smileCurve.series"), points)));
    }

    /** How many participants of a smile curve have a defined share and distance. */
    public static int participants(IndicatorTable smile) {
        int count = 0;
        for (int i = 0; i < smile.rows().size(); i++) {
            if (Double.isFinite(smile.value(i, "share")) && Double.isFinite(smile.value(i, "stages_to_final_demand"))) {
                count++;
            }
        }
        return count;
    }
}
