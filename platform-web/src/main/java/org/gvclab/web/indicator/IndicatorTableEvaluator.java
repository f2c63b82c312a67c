package org.gvclab.web.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Measure;
import org.gvclab.core.base.Msg;
import org.gvclab.core.base.Num;
import org.gvclab.core.cluster.CurrencyUnit;
import org.gvclab.core.cluster.FieldCatalogue;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.core.indicator.Indicator;
import org.gvclab.core.indicator.IndicatorCatalogue;
import org.gvclab.core.indicator.IndicatorEvaluator;
import org.gvclab.core.indicator.IndicatorInput;
import org.gvclab.core.indicator.IndicatorValue;
import org.gvclab.core.notebook.CellEvaluator;
import org.gvclab.core.notebook.CellResult;
import org.gvclab.core.notebook.IndicatorTableCell;
import org.gvclab.core.notebook.NotebookParameter;
import org.gvclab.core.notebook.NotebookParameters;
import org.gvclab.core.notebook.NumberStyle;
import org.gvclab.core.notebook.Provenance;
import org.gvclab.core.notebook.ProvenanceEntry;
import org.gvclab.core.notebook.ProvenanceInput;
import org.gvclab.core.notebook.TableCell;
import org.gvclab.core.notebook.TableColumn;
import org.gvclab.core.notebook.TableResult;
import org.gvclab.web.base.Translations;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterDataService;
import org.gvclab.web.cluster.ClusterService;
import org.gvclab.web.notebook.NotebookInputs;
import org.springframework.stereotype.Component;

/**
 * The indicator table of a cluster: one row per indicator (all of the catalogue when the cell names none), one
 * column per chosen year, each value with its formula, inputs and source in the provenance.
 */
@Component
public class IndicatorTableEvaluator implements CellEvaluator<IndicatorTableCell> {

    private final ClusterService clusters;
    private final ClusterDataService data;

    IndicatorTableEvaluator(ClusterService clusters, ClusterDataService data) {
        this.clusters = clusters;
        this.data = data;
    }

    @Override
    public Class<IndicatorTableCell> cellType() {
        return IndicatorTableCell.class;
    }

    @Override
    public Set<NotebookParameter> dependsOn() {
        return Set.of(NotebookParameter.CLUSTER, NotebookParameter.YEARS);
    }

    @Override
    public String dataVersion(IndicatorTableCell cell, NotebookParameters parameters) {
        return data.fingerprint(NotebookInputs.of(parameters).requireCluster());
    }

    @Override
    public List<CellResult> evaluate(IndicatorTableCell cell, NotebookParameters parameters) {
        NotebookInputs in = NotebookInputs.of(parameters);
        long clusterId = in.requireCluster();
        Cluster cluster = clusters.get(clusterId);
        List<YearlyRecord> all = data.records(clusterId);
        List<YearlyRecord> years = in.chosen(all);
        List<Indicator> indicators = cell.indicatorIds().isEmpty()
                ? IndicatorCatalogue.all().stream().filter(i -> i.expression() != null).toList()
                : cell.indicatorIds().stream().map(IndicatorCatalogue::get).toList();

        List<TableColumn> columns = new ArrayList<>();
        columns.add(TableColumn.of(Translations.text("notebook.indicator.indicator")));
        columns.add(TableColumn.of(Translations.text("notebook.indicator.unit")));
        years.forEach(r -> columns.add(TableColumn.of(LocalizedText.of(String.valueOf(r.year())))));
        List<List<TableCell>> rows = new ArrayList<>();
        List<ProvenanceEntry> provenance = new ArrayList<>();
        for (Indicator indicator : indicators) {
            List<TableCell> row = new ArrayList<>();
            row.add(TableCell.text(indicator.name()));
            row.add(TableCell.text(indicator.unit()));
            for (YearlyRecord r : years) {
                IndicatorValue v = IndicatorEvaluator.evaluate(indicator, r, NotebookInputs.previous(all, r));
                if (v.value() == null) {
                    row.add(TableCell.empty());
                    continue;
                }
                row.add(TableCell.number(v.value(), NumberStyle.of(measure(indicator), v.value())));
                provenance.add(entry(indicator, v, cluster.currency()));
            }
            rows.add(row);
        }
        // the full table of every indicator is reference material: a brief prints it in its appendix
        return List.of(new TableResult(Translations.text("notebook.indicator.title",
                new LocalizedText(cluster.nameZh(), cluster.nameEn())), columns, rows, new Provenance(provenance))
                .inAppendix());
    }

    /** Values in percent with one decimal (the unit says "%"), any other value by its size (the one number rule). */
    private static Measure measure(Indicator indicator) {
        return indicator.unit().en().contains("%") ? Measure.PERCENT : Measure.DECIMAL;
    }

    /** The provenance of one catalogue indicator value: formula, inputs with units, source. */
    public static ProvenanceEntry entry(Indicator indicator, IndicatorValue v, CurrencyUnit currency) {
        List<ProvenanceInput> inputs = new ArrayList<>();
        for (IndicatorInput in : v.inputs()) {
            var field = FieldCatalogue.find(in.fieldId());
            inputs.add(new ProvenanceInput(field.map(f -> Translations.text("notebook.indicator.fieldOfYear", f.label(),
                            Num.year(in.year()))).orElse(LocalizedText.of(in.fieldId())), in.value(),
                    field.map(f -> f.unit(currency)).orElse(LocalizedText.of(""))));
        }
        return new ProvenanceEntry(indicator.id() + "@" + v.year(), indicator.name(), v.formula(), inputs,
                indicator.assumption() ? Msg.of("indicator.assumed", indicator.source()) : indicator.source(),
                v.year());
    }
}
