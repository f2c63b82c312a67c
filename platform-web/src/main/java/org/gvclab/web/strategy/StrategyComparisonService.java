package org.gvclab.web.strategy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.strategy.BaselineDataException;
import org.gvclab.core.strategy.ClusterBaseline;
import org.gvclab.core.strategy.ComparisonResult;
import org.gvclab.core.strategy.Outcome;
import org.gvclab.core.strategy.ParameterOverrideException;
import org.gvclab.core.strategy.Ranking;
import org.gvclab.core.strategy.RegionalMultipliers;
import org.gvclab.core.strategy.Scenario;
import org.gvclab.core.strategy.Shock;
import org.gvclab.core.strategy.Weighting;
import org.gvclab.web.base.UserFacingException;
import org.gvclab.web.base.job.Job;
import org.gvclab.web.base.job.JobListener;
import org.gvclab.web.base.job.JobService;
import org.springframework.stereotype.Service;

/**
 * The strategy comparison use case of the strategy page (docs/model.md, "Projection" to "Sensitivity"): what the
 * page starts from, the scenario assembled from the form's values, the ranking rules (the workshop's AHP weights on
 * its own criteria, else equal or manual weights on the scenario's criteria and the regional ones chosen), the Monte
 * Carlo run as a background job, and re-ranking a finished run without a new one. The view only binds and renders.
 */
@Service
public class StrategyComparisonService {

    private final StrategyService strategies;
    private final StrategyMultipliers multipliers;
    private final WorkshopWeighting workshopWeighting;
    private final JobService jobs;

    public StrategyComparisonService(StrategyService strategies, StrategyMultipliers multipliers,
                                     WorkshopWeighting workshopWeighting, JobService jobs) {
        this.strategies = strategies;
        this.multipliers = multipliers;
        this.workshopWeighting = workshopWeighting;
        this.jobs = jobs;
    }

    /** The ranking criteria and their weights, as the ranking uses them. */
    public record Rule(List<Outcome> criteria, Weighting weighting) {
        public Rule {
            criteria = List.copyOf(criteria);
        }
    }

    /**
     * What the page of a cluster starts from: its baseline (or why there is none), saved scenarios, workshop weights
     * and the regional criteria its IO link offers.
     *
     * @throws org.gvclab.web.base.NotFoundInScopeException when the cluster is not in the caller's jurisdictions
     */
    public StrategySetup setup(long clusterId) {
        List<SavedScenario> saved = strategies.scenarios(clusterId);
        ClusterBaseline baseline = null;
        LocalizedText missing = null;
        try {
            baseline = strategies.baseline(clusterId).orElse(null);
        } catch (BaselineDataException e) {
            missing = e.text();
        }
        List<Outcome> offered = multipliers.basis(clusterId)
                .map(basis -> basis.hasJobs()
                        ? List.of(Outcome.REGIONAL_OUTPUT, Outcome.REGIONAL_VALUE_ADDED, Outcome.REGIONAL_JOBS)
                        : List.of(Outcome.REGIONAL_OUTPUT, Outcome.REGIONAL_VALUE_ADDED))
                .orElse(List.of());
        return new StrategySetup(clusterId, baseline, missing, saved,
                baseline == null ? null : workshopWeighting.latest(clusterId).orElse(null), offered);
    }

    /**
     * The form's values of a scenario (the default one, or a saved one being loaded): the workshop's weighting only
     * while the cluster has such a workshop, regional criteria only as far as they are still offered.
     */
    public ScenarioInput input(StrategySetup setup, Scenario s) {
        Weighting.Kind kind = s.weighting().kind() == Weighting.Kind.AHP && setup.workshop() != null
                ? Weighting.Kind.AHP
                : s.weighting().kind() == Weighting.Kind.MANUAL ? Weighting.Kind.MANUAL : Weighting.Kind.EQUAL;
        RankingChoice ranking = new RankingChoice(s.criteria().stream().filter(o -> !o.regional()).toList(),
                new LinkedHashSet<>(s.criteria().stream().filter(setup.regionalOffered()::contains).toList()), kind,
                s.weighting().weights());
        return new ScenarioInput(s.name(), s.strategyIds(), s.customStrategies(), s.horizon(), s.shock().applied(),
                s.shock().sizePercent(), s.shock().year(), s.draws(), s.seed(), s.overrides(), ranking);
    }

    /**
     * The ranking rule of a choice: the workshop's criteria and AHP weights when those are chosen (and the cluster
     * has such a workshop), else the entered criteria with equal or manual weights.
     *
     * @throws UserFacingException when manual weights are negative or all zero
     */
    public Rule ranking(StrategySetup setup, RankingChoice choice) {
        WorkshopWeighting.Choice workshop = setup.workshop();
        if (choice.weighting() == Weighting.Kind.AHP && workshop != null) {
            return new Rule(workshop.criteria(), workshop.weighting());
        }
        List<Outcome> criteria = choice.criteria();
        if (choice.weighting() != Weighting.Kind.MANUAL) {
            return new Rule(criteria, Weighting.equal());
        }
        Map<Outcome, Double> w = choice.weightsOf(criteria);
        if (w.values().stream().anyMatch(v -> !(v >= 0)) || w.values().stream().noneMatch(v -> v > 0)) {
            throw new UserFacingException("strategy.error.weights");
        }
        return new Rule(criteria, Weighting.manual(w));
    }

    /**
     * The scenario the form describes: the core's defaults named {@code input.name()} (or {@code defaultName}), the
     * strategies, horizon, shock (in a year within the horizon), draws, overrides and the ranking rule.
     *
     * @throws UserFacingException when a parameter override lies outside its range, or the weights are unusable
     */
    public Scenario scenario(StrategySetup setup, ScenarioInput input, String defaultName) {
        ClusterBaseline baseline = requireBaseline(setup);
        Scenario sc = Scenario.defaults(input.name().isBlank() ? defaultName : input.name().trim())
                .withStrategies(input.strategyIds(), input.customStrategies())
                .withHorizon(input.horizon())
                .withShock(new Shock(input.shock(), input.shockPercent(), Math.min(input.shockYear(), input.horizon())))
                .withDraws(input.seed(), input.draws())
                .withOverrides(input.overrides());
        Rule rule = ranking(setup, input.ranking());
        sc = sc.withRanking(rule.criteria(), rule.weighting());
        try {
            baseline.parameters().withOverrides(sc.overrides());
        } catch (ParameterOverrideException e) {
            throw UserFacingException.of(e.text());
        }
        return sc;
    }

    /**
     * Runs the comparison in the background: the regional multipliers of the cluster's IO link first (loading and
     * factorising the linked table on first use; when they cannot be computed the run goes on without them and the
     * user gets a notice), then the Monte Carlo projection with progress and cancellation.
     */
    public Job<ComparisonResult> start(StrategySetup setup, Scenario scenario, JobListener listener) {
        ClusterBaseline baseline = requireBaseline(setup);
        long clusterId = setup.clusterId();
        return jobs.start("strategy comparison of cluster " + clusterId, context -> {
            RegionalMultipliers m = null;
            try {
                m = multipliers.of(clusterId).orElse(null);
            } catch (MultipliersUnavailableException e) {
                context.notice(e.userMessage());
            }
            try {
                ComparisonResult result = strategies.run(baseline, scenario, m, context::progress,
                        context::isCancelled);
                result.sensitivity(); // the Morris screening runs here, in the job, not when the page shows it
                return result;
            } catch (BaselineDataException e) {
                throw UserFacingException.of(e.text());
            }
        }, listener);
    }

    /**
     * The ranking of a finished run on other criteria or weights, from the same draws.
     *
     * @throws UserFacingException when a criterion was not computed in that run (a regional one chosen after a run
     *                             without multipliers), or the weights are unusable
     */
    public Ranking rerank(StrategySetup setup, ComparisonResult result, RankingChoice choice) {
        Rule rule = ranking(setup, choice);
        for (Outcome o : rule.criteria()) {
            if (!result.outcomes().contains(o)) {
                throw new UserFacingException("strategy.error.notComputed", o.label());
            }
        }
        return result.rank(rule.criteria(), rule.weighting());
    }

    /** Saves the scenario for the cluster (audited). */
    public SavedScenario save(StrategySetup setup, Scenario scenario) {
        return strategies.save(setup.clusterId(), scenario);
    }

    private static ClusterBaseline requireBaseline(StrategySetup setup) {
        ClusterBaseline b = setup.baseline();
        if (b == null) {
            throw new IllegalStateException("cluster " + setup.clusterId() + " has no baseline to project from");
        }
        return b;
    }
}
