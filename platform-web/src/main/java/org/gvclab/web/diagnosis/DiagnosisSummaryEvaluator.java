package org.gvclab.web.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gvclab.core.base.LocalizedText;
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
import org.gvclab.web.benchmark.BenchmarkService;
import org.gvclab.web.cluster.ClusterDataService;
import org.gvclab.web.base.Translations;
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
                new LocalizedText("低端锁定指数", "Lock-in index"),
                "(1/m) Σ_o risk_o over the outcomes of lock-in", factorInputs,
                new LocalizedText("docs/model.md；参照值见“参照值”页", "docs/model.md; reference values as maintained"),
                r.year())));

        List<List<TableCell>> findings = new ArrayList<>();
        if (r.lockInIndex() != null) {
            findings.add(List.of(TableCell.text(new LocalizedText(r.year() + " 年低端锁定指数（0–100）",
                    "Lock-in index " + r.year() + " (0–100)")), TableCell.number(r.lockInIndex(), NumberStyle.decimals(1))));
        }
        findings.add(finding(new LocalizedText("生产组织形态", "Production architecture"),
                r.architecture().type().label()));
        findings.add(finding(new LocalizedText("治理模式", "Governance"), r.governance().type() == null
                ? r.governance().explanation()
                : join(r.governance().type().label(), r.governance().explanation())));
        findings.add(finding(new LocalizedText("升级阶段", "Upgrading stage"),
                join(r.upgrading().stage().label(), r.upgrading().explanation())));
        findings.add(finding(new LocalizedText("推荐路径", "Recommended path"), r.recommendation().path().label()));
        int n = 0;
        for (LocalizedText reason : r.recommendation().reasons()) {
            findings.add(finding(new LocalizedText("理由 " + ++n, "Reason " + n), reason));
        }
        if (cell.showDrivers()) {
            n = 0;
            for (Driver d : r.drivers()) {
                findings.add(finding(new LocalizedText("主要驱动因素 " + ++n, "Driver " + n), d.reason()));
            }
        }
        for (LocalizedText note : r.notes()) {
            findings.add(finding(new LocalizedText("说明", "Note"), note));
        }
        TableResult summary = new TableResult(new LocalizedText("诊断结论", "Diagnosis"),
                List.of(TableColumn.of(new LocalizedText("项目", "Item")),
                        TableColumn.of(new LocalizedText("结论", "Finding"))), findings, provenance);

        List<List<TableCell>> scoreRows = new ArrayList<>();
        for (GroupScore g : r.factors()) {
            scoreRows.add(List.of(TableCell.text(g.group().label()), g.risk() == null ? TableCell.empty()
                    : TableCell.number(g.risk(), NumberStyle.decimals(1)),
                    TableCell.number(g.scored().size(), NumberStyle.INTEGER)));
        }
        TableResult scores = new TableResult(new LocalizedText("五大因素得分", "Five factor scores"),
                List.of(TableColumn.of(new LocalizedText("因素", "Factor")),
                        new TableColumn(new LocalizedText("锁定风险", "Lock-in risk"), POINTS),
                        TableColumn.of(new LocalizedText("参与评分的指标数", "Indicators scored"))),
                scoreRows, provenance);
        return List.of(summary, new ChartResult(DiagnosisCharts.factorRadar(r), provenance), scores);
    }

    private static final LocalizedText POINTS = new LocalizedText("分", "points");

    private static List<TableCell> finding(LocalizedText item, LocalizedText text) {
        return List.of(TableCell.text(item), TableCell.text(text));
    }

    private static LocalizedText join(LocalizedText a, LocalizedText b) {
        return new LocalizedText(a.zh() + "：" + b.zh(), a.en() + ": " + b.en());
    }
}
