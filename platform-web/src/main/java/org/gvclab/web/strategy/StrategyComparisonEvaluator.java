package org.gvclab.web.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Measure;
import org.gvclab.core.base.Num;
import org.gvclab.core.notebook.CellEvaluationException;
import org.gvclab.core.notebook.CellEvaluator;
import org.gvclab.core.notebook.CellResult;
import org.gvclab.core.notebook.ChartResult;
import org.gvclab.core.notebook.NotebookParameter;
import org.gvclab.core.notebook.NotebookParameters;
import org.gvclab.core.notebook.NumberStyle;
import org.gvclab.core.notebook.Provenance;
import org.gvclab.core.notebook.ProvenanceEntry;
import org.gvclab.core.notebook.ProvenanceInput;
import org.gvclab.core.notebook.StrategyComparisonCell;
import org.gvclab.core.notebook.TableCell;
import org.gvclab.core.notebook.TableColumn;
import org.gvclab.core.notebook.TableResult;
import org.gvclab.core.strategy.Assumption;
import org.gvclab.core.strategy.ClusterBaseline;
import org.gvclab.core.strategy.ComparisonResult;
import org.gvclab.core.strategy.Outcome;
import org.gvclab.core.strategy.Parameter;
import org.gvclab.core.strategy.RankedStrategy;
import org.gvclab.core.strategy.RegionalMultipliers;
import org.gvclab.core.strategy.Scenario;
import org.gvclab.core.strategy.StrategyCharts;
import org.gvclab.core.strategy.StrategyResult;
import org.gvclab.core.strategy.Trajectory;
import org.gvclab.web.base.Translations;
import org.gvclab.web.base.job.JobContext;
import org.gvclab.web.diagnosis.DiagnosisSummaryEvaluator;
import org.gvclab.web.notebook.NotebookInputs;
import org.springframework.stereotype.Component;

/**
 * The strategy comparison of the chosen cluster: the saved scenario chosen in the parameter bar, or the default
 * scenario with the cell's strategies and horizon. Gives the ranking with its stability, the outcomes at the
 * horizon (P50 with P10–P90), the trajectories of value added and of the lock-in index, and every assumption.
 */
@Component
public class StrategyComparisonEvaluator implements CellEvaluator<StrategyComparisonCell> {

    private final StrategyService strategies;
    private final StrategyMultipliers multipliers;
    private final DiagnosisSummaryEvaluator diagnosis;
    /** The last comparisons by their inputs (a handful: one notebook reads one or two). */
    private final java.util.Map<String, ComparisonResult> kept = new java.util.LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, ComparisonResult> eldest) {
            return size() > 4;
        }
    };

    StrategyComparisonEvaluator(StrategyService strategies, StrategyMultipliers multipliers,
                                DiagnosisSummaryEvaluator diagnosis) {
        this.strategies = strategies;
        this.multipliers = multipliers;
        this.diagnosis = diagnosis;
    }

    @Override
    public Class<StrategyComparisonCell> cellType() {
        return StrategyComparisonCell.class;
    }

    /** A Monte Carlo run or an input-output computation: computed after the notebook's quick cells. */
    @Override
    public boolean slow() {
        return true;
    }

    @Override
    public Set<NotebookParameter> dependsOn() {
        return Set.of(NotebookParameter.CLUSTER, NotebookParameter.SCENARIO);
    }

    @Override
    public String dataVersion(StrategyComparisonCell cell, NotebookParameters parameters) {
        return dataVersion(parameters);
    }

    @Override
    public List<CellResult> evaluate(StrategyComparisonCell cell, NotebookParameters parameters) {
        ComparisonResult r = compare(parameters, cell.strategyIds(), cell.horizonYears());
        Provenance provenance = provenance(r);
        List<CellResult> results = new ArrayList<>();

        List<List<TableCell>> rankRows = new ArrayList<>();
        for (RankedStrategy s : r.ranking().strategies().stream()
                .sorted(java.util.Comparator.comparingInt(RankedStrategy::rank)).toList()) {
            StrategyResult sr = r.strategy(s.strategyId());
            rankRows.add(List.of(TableCell.number(s.rank(), NumberStyle.INTEGER),
                    TableCell.text(sr.strategy().label()),
                    TableCell.number(s.closeness(), NumberStyle.of(Measure.RATIO, s.closeness())),
                    TableCell.number(s.firstShare(), NumberStyle.of(Measure.SHARE, s.firstShare()))));
        }
        results.add(new TableResult(Translations.text("notebook.strategy.rankingTitle", Num.count(r.scenario().draws())),
                List.of(TableColumn.of(Translations.text("notebook.strategy.rank")),
                        TableColumn.of(Translations.text("notebook.strategy.strategy")),
                        TableColumn.of(Translations.text("notebook.strategy.closeness")),
                        TableColumn.of(Translations.text("notebook.strategy.firstShare"))),
                rankRows, provenance));
        results.add(new ChartResult(StrategyCharts.ranking(r, r.ranking()), provenance));

        // long format (outcome, strategy, P50, P10, P90): five columns fit an A4 page for any number of strategies;
        // the brief prints it in its appendix (its body states the ranking, the net present values and the charts)
        int last = r.years().size() - 1;
        List<List<TableCell>> outcomeRows = new ArrayList<>();
        for (Outcome o : r.outcomes()) {
            double magnitude = 0;
            for (StrategyResult sr : r.strategies()) {
                Trajectory t = sr.trajectory(o);
                magnitude = Math.max(magnitude, Math.max(Math.abs(t.p10()[last]), Math.abs(t.p90()[last])));
            }
            NumberStyle style = NumberStyle.of(o.measure(), magnitude);
            for (StrategyResult sr : r.strategies()) {
                Trajectory t = sr.trajectory(o);
                outcomeRows.add(List.of(TableCell.text(Translations.text("notebook.strategy.outcomeUnit", o.label(),
                                o.unit(r.currency()))),
                        TableCell.text(sr.strategy().label()),
                        TableCell.number(t.p50()[last], style),
                        TableCell.number(t.p10()[last], style),
                        TableCell.number(t.p90()[last], style)));
            }
        }
        results.add(new TableResult(Translations.text("notebook.strategy.outcomesTitle", Num.year(r.years().get(last))),
                List.of(TableColumn.of(Translations.text("notebook.strategy.outcome")),
                        TableColumn.of(Translations.text("notebook.strategy.strategy")),
                        TableColumn.of(LocalizedText.of("P50")), TableColumn.of(LocalizedText.of("P10")),
                        TableColumn.of(LocalizedText.of("P90"))), outcomeRows, provenance).inAppendix());
        results.add(new ChartResult(StrategyCharts.trajectory(r, Outcome.VALUE_ADDED), provenance));
        results.add(new ChartResult(StrategyCharts.trajectory(r, Outcome.LOCK_IN), provenance));

        List<List<TableCell>> assumptionRows = new ArrayList<>();
        for (Assumption a : r.assumptions()) {
            assumptionRows.add(List.of(TableCell.text(a.name()),
                    TableCell.number(a.value(), NumberStyle.of(measure(a), a.value())),
                    TableCell.text(a.unit()), TableCell.text(range(r, a)), TableCell.text(a.assumption()
                            ? Translations.text("notebook.strategy.assumption", a.source())
                            : a.source())));
        }
        results.add(new TableResult(Translations.text("notebook.strategy.assumptionsTitle"),
                List.of(TableColumn.of(Translations.text("notebook.strategy.parameter")),
                        TableColumn.of(Translations.text("notebook.strategy.value")),
                        TableColumn.of(Translations.text("notebook.strategy.unit")),
                        TableColumn.of(Translations.text("notebook.strategy.range")),
                        TableColumn.of(Translations.text("notebook.strategy.source"))), assumptionRows,
                Provenance.none()).inAppendix());
        return results;
    }

    /**
     * The comparison of the chosen cluster: the saved scenario chosen in the parameter bar, or the default scenario
     * with {@code strategyIds} over {@code horizonYears}. The last few results are kept, keyed by every input and the
     * data version, so that the cells of one notebook that read the same comparison (the comparison itself and the
     * drafted text) run its Monte Carlo once; the run is seeded, so a kept result is the one a new run would give.
     */
    public ComparisonResult compare(NotebookParameters parameters, List<String> strategyIds, int horizonYears) {
        NotebookInputs in = NotebookInputs.of(parameters);
        long clusterId = in.requireCluster();
        // read through the service first: it checks the caller's access to the cluster even when a result is kept
        ClusterBaseline baseline = strategies.baseline(clusterId).orElseThrow(() -> new CellEvaluationException(
                Translations.text("notebook.cell.noClusterData")));
        Scenario scenario;
        if (in.scenarioId() != null) {
            scenario = strategies.scenario(in.scenarioId()).scenario();
        } else {
            if (strategyIds.isEmpty()) {
                throw new CellEvaluationException(Translations.text("strategy.error.noStrategy"));
            }
            scenario = Scenario.defaults("notebook").withStrategies(strategyIds, List.of())
                    .withHorizon(Math.min(horizonYears, Scenario.MAX_HORIZON));
        }
        String key = clusterId + "|" + dataVersion(parameters) + "|" + scenario;
        synchronized (kept) {
            ComparisonResult known = kept.get(key);
            if (known != null) {
                return known;
            }
        }
        RegionalMultipliers m;
        try {
            m = multipliers.of(clusterId).orElse(null);
        } catch (MultipliersUnavailableException e) {
            throw new CellEvaluationException(Translations.text("notebook.cell.multipliers", e.reason()), e);
        }
        // a notebook evaluated in the background stops this Monte Carlo when a newer evaluation replaces it
        JobContext job = JobContext.current();
        ComparisonResult r = strategies.run(baseline, scenario, m, p -> { }, job::isCancelled);
        synchronized (kept) {
            kept.put(key, r);
        }
        return r;
    }

    /** The dataVersion of a comparison read with {@code parameters} (for cells that read one). */
    public String dataVersion(NotebookParameters parameters) {
        return diagnosis.dataVersion(parameters) + "|m" + multipliers.fingerprint(NotebookInputs.of(parameters).requireCluster());
    }

    /** A parameter's uncertainty as a reader says it: "triangular, 2.6–8.6, most likely 5.6"; others as given. */
    private static LocalizedText range(ComparisonResult r, Assumption a) {
        Parameter p = r.parameters().parameters().stream().filter(x -> x.id().equals(a.id())).findFirst().orElse(null);
        if (p == null || !p.uncertain()) {
            return a.range();
        }
        return switch (p.distribution()) {
            case TRIANGULAR -> Translations.text("notebook.strategy.triangular", Num.decimal(p.low()),
                    Num.decimal(p.high()), Num.decimal(p.value()));
            case UNIFORM -> Translations.text("notebook.strategy.uniform", Num.decimal(p.low()), Num.decimal(p.high()));
            case FIXED -> a.range();
        };
    }

    /** How an assumption's value is shown: years plain, counts whole, any other parameter by its size. */
    private static Measure measure(Assumption a) {
        return switch (a.id()) {
            case "shock_year" -> Measure.YEAR;
            case "draws", "horizon" -> Measure.COUNT;
            default -> Measure.DECIMAL;
        };
    }

    private static Provenance provenance(ComparisonResult r) {
        List<ProvenanceInput> inputs = new ArrayList<>();
        for (int i = 0; i < r.ranking().criteria().size(); i++) {
            inputs.add(new ProvenanceInput(r.ranking().criteria().get(i).label(), r.ranking().weights().get(i),
                    Translations.text("notebook.strategy.weight")));
        }
        return new Provenance(List.of(new ProvenanceEntry("strategy_ranking",
                Translations.text("notebook.strategy.ranking", r.ranking().basis().label()),
                "TOPSIS: C = D− / (D+ + D−)", inputs,
                Translations.text("notebook.strategy.methodSource"),
                r.baseYear())));
    }
}
