package org.gvclab.web.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.chart.Axis;
import org.gvclab.core.chart.CategorySeries;
import org.gvclab.core.chart.ChartSpec;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.core.indicator.Indicator;
import org.gvclab.core.indicator.IndicatorCatalogue;
import org.gvclab.core.indicator.IndicatorEvaluator;
import org.gvclab.core.indicator.IndicatorValue;
import org.gvclab.core.io.decompose.IndicatorId;
import org.gvclab.core.io.decompose.IndicatorTable;
import org.gvclab.core.notebook.CellEvaluationException;
import org.gvclab.core.notebook.CellEvaluator;
import org.gvclab.core.notebook.CellResult;
import org.gvclab.core.notebook.ChartCell;
import org.gvclab.core.notebook.ChartChoice;
import org.gvclab.core.notebook.ChartResult;
import org.gvclab.core.notebook.NotebookParameter;
import org.gvclab.core.notebook.NotebookParameters;
import org.gvclab.core.notebook.Provenance;
import org.gvclab.core.notebook.ProvenanceEntry;
import org.gvclab.core.paradox.DiagnosisCharts;
import org.gvclab.web.base.Translations;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterDataService;
import org.gvclab.web.cluster.ClusterService;
import org.gvclab.web.indicator.IndicatorTableEvaluator;
import org.gvclab.web.iotable.IoCharts;
import org.gvclab.web.iotable.IoLink;
import org.gvclab.web.iotable.IoTableService;
import org.gvclab.web.notebook.NotebookInputs;
import org.springframework.stereotype.Component;

/**
 * Chart cells about a cluster: the five-factor radar of its diagnosis, the trend of chosen indicators over the
 * chosen years, and the smile curve of the value chain the cluster is linked to. Strategy charts are part of the
 * strategy comparison cell.
 */
@Component
public class ChartCellEvaluator implements CellEvaluator<ChartCell> {

    private final ClusterService clusters;
    private final ClusterDataService data;
    private final DiagnosisSummaryEvaluator diagnosis;
    private final IoTableService ioTables;

    ChartCellEvaluator(ClusterService clusters, ClusterDataService data, DiagnosisSummaryEvaluator diagnosis,
                       IoTableService ioTables) {
        this.ioTables = ioTables;
        this.clusters = clusters;
        this.data = data;
        this.diagnosis = diagnosis;
    }

    @Override
    public Class<ChartCell> cellType() {
        return ChartCell.class;
    }

    @Override
    public Set<NotebookParameter> dependsOn() {
        return Set.of(NotebookParameter.CLUSTER, NotebookParameter.YEARS);
    }

    @Override
    public String dataVersion(ChartCell cell, NotebookParameters parameters) {
        return cell.chart() == ChartChoice.SMILE_CURVE
                ? ioTables.linkOf(NotebookInputs.of(parameters).requireCluster()).map(l -> l.checksum() + l.region() + l.sector())
                .orElse("unlinked")
                : diagnosis.dataVersion(parameters);
    }

    @Override
    public List<CellResult> evaluate(ChartCell cell, NotebookParameters parameters) {
        return switch (cell.chart()) {
            case FACTOR_RADAR -> List.of(new ChartResult(DiagnosisCharts.factorRadar(diagnosis.diagnose(parameters)),
                    Provenance.none()));
            case INDICATOR_TREND -> List.of(trend(cell, parameters));
            case SMILE_CURVE -> List.of(smileCurve(parameters));
            default -> throw new CellEvaluationException(Translations.text("notebook.cell.chartElsewhere"));
        };
    }

    /** The smile curve of the chain the cluster is linked to (its IO table, region and sector). */
    private ChartResult smileCurve(NotebookParameters parameters) {
        long clusterId = NotebookInputs.of(parameters).requireCluster();
        IoLink link = ioTables.linkOf(clusterId).orElseThrow(() -> new CellEvaluationException(
                Translations.text("notebook.cell.linkIoFirst")));
        IndicatorTable smile;
        try {
            smile = ioTables.smileCurve(link.tableId(), link.region(), link.sector()).get().table();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CellEvaluationException(Translations.text("notebook.cell.interrupted"), e);
        } catch (ExecutionException e) {
            // the notebook tells the reader what went wrong (their own problem, or an incident id)
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        String chain = link.region() + " " + link.sector() + " (" + link.tableName() + ")";
        return new ChartResult(IoCharts.smileCurve(smile, chain), new Provenance(List.of(new ProvenanceEntry(
                "smile_curve", IndicatorId.SMILE_CURVE.displayName(), IndicatorId.SMILE_CURVE.source(), List.of(),
                LocalizedText.of(link.tableName() + " (SHA-256 " + link.checksum().substring(0, 12) + "…)"), null))));
    }

    private ChartResult trend(ChartCell cell, NotebookParameters parameters) {
        if (cell.indicatorIds().isEmpty()) {
            throw new CellEvaluationException(Translations.text("notebook.cell.trendNeedsIndicator"));
        }
        NotebookInputs in = NotebookInputs.of(parameters);
        long clusterId = in.requireCluster();
        Cluster cluster = clusters.get(clusterId);
        List<YearlyRecord> all = data.records(clusterId);
        List<YearlyRecord> years = in.chosen(all);
        List<Indicator> indicators = cell.indicatorIds().stream().map(IndicatorCatalogue::get).toList();
        // A line needs a value in every category: keep the years in which every chosen indicator is computable.
        List<YearlyRecord> usable = years.stream().filter(r -> indicators.stream().allMatch(i ->
                IndicatorEvaluator.evaluate(i, r, NotebookInputs.previous(all, r)).value() != null)).toList();
        if (usable.isEmpty()) {
            throw new CellEvaluationException(Translations.text("notebook.cell.trendNotComputable"));
        }
        List<CategorySeries> series = new ArrayList<>();
        List<ProvenanceEntry> provenance = new ArrayList<>();
        for (Indicator indicator : indicators) {
            List<Double> values = new ArrayList<>();
            for (YearlyRecord r : usable) {
                IndicatorValue v = IndicatorEvaluator.evaluate(indicator, r, NotebookInputs.previous(all, r));
                values.add(v.value());
                provenance.add(IndicatorTableEvaluator.entry(indicator, v, cluster.currency()));
            }
            series.add(CategorySeries.of(indicator.name(), values));
        }
        LocalizedText unit = indicators.get(0).unit();
        return new ChartResult(ChartSpec.line(Translations.text("notebook.chart.trendTitle",
                        new LocalizedText(cluster.nameZh(), cluster.nameEn())), Axis.of(Translations.text("notebook.chart.year"),
                        LocalizedText.of("")), Axis.of(Translations.text("notebook.chart.value"), unit),
                usable.stream().map(r -> LocalizedText.of(String.valueOf(r.year()))).toList(), series),
                new Provenance(provenance));
    }
}
