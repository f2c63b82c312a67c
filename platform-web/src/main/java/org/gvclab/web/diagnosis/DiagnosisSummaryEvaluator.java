package org.gvclab.web.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Measure;
import org.gvclab.core.base.Num;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.core.notebook.CellEvaluator;
import org.gvclab.core.notebook.CellResult;
import org.gvclab.core.notebook.ChartResult;
import org.gvclab.core.notebook.DiagnosisSummaryCell;
import org.gvclab.core.notebook.NotebookParameter;
import org.gvclab.core.notebook.NotebookParameters;
import org.gvclab.core.notebook.NumberStyle;
import org.gvclab.core.notebook.Provenance;
import org.gvclab.core.notebook.ProvenanceEntry;
import org.gvclab.core.notebook.ProvenanceInput;
import org.gvclab.core.notebook.TableCell;
import org.gvclab.core.notebook.TableColumn;
import org.gvclab.core.notebook.TableResult;
import org.gvclab.core.paradox.Diagnosis;
import org.gvclab.core.paradox.DiagnosisCharts;
import org.gvclab.core.paradox.DiagnosisInputs;
import org.gvclab.core.paradox.DiagnosisResult;
import org.gvclab.core.paradox.Driver;
import org.gvclab.core.paradox.GroupScore;
import org.gvclab.web.base.Translations;
import org.gvclab.web.benchmark.BenchmarkService;
import org.gvclab.web.cluster.ClusterDataService;
import org.gvclab.web.notebook.NotebookInputs;
import org.springframework.stereotype.Component;

/**
 * The diagnosis of the chosen cluster as of the last chosen year, in the notebook's language: a text summary
 * (lock-in index, architecture, governance, upgrading stage, recommended path with reasons, drivers), the factor
 * radar and the table of factor scores. Computed by the core's {@link Diagnosis}, as on the diagnosis page.
 */
@Component
public class DiagnosisSummaryEvaluator implements CellEvaluator<DiagnosisSummaryCell> {

    private final DiagnosisService diagnoses;
    private final ClusterDataService data;
    private final BenchmarkService benchmarks;

    DiagnosisSummaryEvaluator(DiagnosisService diagnoses, ClusterDataService data, BenchmarkService benchmarks) {
        this.diagnoses = diagnoses;
        this.data = data;
        this.benchmarks = benchmarks;
    }

    @Override
    public Class<DiagnosisSummaryCell> cellType() {
        return DiagnosisSummaryCell.class;
    }

    @Override
    public Set<NotebookParameter> dependsOn() {
        return Set.of(NotebookParameter.CLUSTER, NotebookParameter.YEARS);
    }

    @Override
    public String dataVersion(DiagnosisSummaryCell cell, NotebookParameters parameters) {
        return dataVersion(parameters);
    }

    /** What a diagnosis reads beyond the parameters: the cluster's data and the reference values. */
    public String dataVersion(NotebookParameters parameters) {
        long clusterId = NotebookInputs.of(parameters).requireCluster();
        return data.fingerprint(clusterId) + "|" + benchmarks.fingerprint() + "|w"
                + diagnoses.workshopFactorWeights(clusterId).map(w -> w.workshopId()).orElse(0L);
    }

    /** The diagnosis as of the last chosen year. */
    public DiagnosisResult diagnose(NotebookParameters parameters) {
        NotebookInputs in = NotebookInputs.of(parameters);
        long clusterId = in.requireCluster();
        DiagnosisInputs inputs = diagnoses.inputs(clusterId).orElseThrow(() ->
                new org.gvclab.core.notebook.CellEvaluationException(
                        Translations.text("notebook.cell.noClusterData")));
        List<YearlyRecord> records = in.upToLastChosen(inputs.records());
        return Diagnosis.diagnose(inputs.withRecords(records));
    }

    /**
     * The diagnosis of the year before {@code year} from the records up to it (for the trend a brief states), or
     * empty when the cluster has no earlier record.
     */
    public java.util.Optional<DiagnosisResult> diagnoseBefore(NotebookParameters parameters, int year) {
        NotebookInputs in = NotebookInputs.of(parameters);
        java.util.Optional<DiagnosisInputs> inputs = diagnoses.inputs(in.requireCluster());
        if (inputs.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<YearlyRecord> earlier = inputs.get().records().stream().filter(r -> r.year() < year).toList();
        return earlier.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(Diagnosis.diagnose(inputs.get().withRecords(earlier)));
    }

    @Override
    public List<CellResult> evaluate(DiagnosisSummaryCell cell, NotebookParameters parameters) {
        DiagnosisResult r = diagnose(parameters);
        List<ProvenanceInput> factorInputs = new ArrayList<>();
        for (org.gvclab.core.paradox.IndicatorScore o : r.lockIn().outcomes()) {
            factorInputs.add(new ProvenanceInput(o.indicator().name(), o.risk(), POINTS));
        }
        Provenance provenance = new Provenance(List.of(new ProvenanceEntry("lock_in_index",
                Translations.text("notebook.diagnosis.lockIn"),
                "(1/m) Σ_o risk_o over the outcomes of lock-in", factorInputs,
                org.gvclab.core.base.MethodsSection.LOCK_IN_INDEX.citation(),
                r.year())));

        List<List<TableCell>> findings = new ArrayList<>();
        if (r.lockInIndex() != null) {
            findings.add(List.of(TableCell.text(Translations.text("notebook.diagnosis.lockInOf", Num.year(r.year()))),
                    TableCell.number(r.lockInIndex(), NumberStyle.of(Measure.INDEX, r.lockInIndex()))));
        }
        findings.add(finding(Translations.text("notebook.diagnosis.architecture"),
                r.architecture().type().label()));
        findings.add(finding(Translations.text("notebook.diagnosis.governance"), r.governance().type() == null
                ? r.governance().explanation()
                : join(r.governance().type().label(), r.governance().explanation())));
        findings.add(finding(Translations.text("notebook.diagnosis.stage"),
                join(r.upgrading().stage().label(), r.upgrading().explanation())));
        findings.add(finding(Translations.text("notebook.diagnosis.path"), r.recommendation().path().label()));
        int n = 0;
        for (LocalizedText reason : r.recommendation().reasons()) {
            findings.add(finding(Translations.text("notebook.diagnosis.reason", Num.count(++n)), reason));
        }
        if (cell.showDrivers()) {
            n = 0;
            for (Driver d : r.drivers()) {
                findings.add(finding(Translations.text("notebook.diagnosis.driver", Num.count(++n)), d.reason()));
            }
        }
        for (LocalizedText note : r.notes()) {
            findings.add(finding(Translations.text("notebook.diagnosis.note"), note));
        }
        TableResult summary = new TableResult(Translations.text("notebook.diagnosis.title"),
                List.of(TableColumn.of(Translations.text("notebook.diagnosis.item")),
                        TableColumn.of(Translations.text("notebook.diagnosis.finding"))), findings, provenance);

        List<List<TableCell>> scoreRows = new ArrayList<>();
        for (GroupScore g : r.factors()) {
            scoreRows.add(List.of(TableCell.text(g.group().label()), g.risk() == null ? TableCell.empty()
                    : TableCell.number(g.risk(), NumberStyle.of(Measure.INDEX, g.risk())),
                    TableCell.number(g.scored().size(), NumberStyle.INTEGER)));
        }
        TableResult scores = new TableResult(Translations.text("notebook.diagnosis.factorsTitle"),
                List.of(TableColumn.of(Translations.text("notebook.diagnosis.factor")),
                        new TableColumn(Translations.text("notebook.diagnosis.risk"), POINTS),
                        TableColumn.of(Translations.text("notebook.diagnosis.scored"))),
                scoreRows, provenance);
        return List.of(summary, new ChartResult(DiagnosisCharts.factorRadar(r), provenance), scores);
    }

    private static final LocalizedText POINTS = Translations.text("notebook.diagnosis.points");

    private static List<TableCell> finding(LocalizedText item, LocalizedText text) {
        return List.of(TableCell.text(item), TableCell.text(text));
    }

    private static LocalizedText join(LocalizedText a, LocalizedText b) {
        return new LocalizedText(a.zh() + "：" + b.zh(), a.en() + ": " + b.en());
    }
}
