package org.gvclab.core.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.cluster.CurrencyUnit;
import org.jspecify.annotations.Nullable;

/**
 * Everything the strategy view shows: per strategy and outcome the nominal path and the P10 / P50 / P90 band for
 * every year, the ranking with its stability, the full list of assumptions used and the notes on the data.
 * {@link #rank(List, Weighting)} re-ranks on other criteria or weights at once, from the stored per-draw outcomes
 * at the horizon, without running the Monte Carlo again.
 */
public final class ComparisonResult {

    private final Scenario scenario;
    private final int baseYear;
    private final CurrencyUnit currency;
    private final List<StrategyResult> strategies;
    private final Ranking ranking;
    private final NpvRanking npvRanking;
    private final java.util.function.Supplier<RankingSensitivity> sensitivity;
    private volatile @Nullable RankingSensitivity sensitivityResult;
    private final ParameterSet parameters;
    private final List<Assumption> assumptions;
    private final List<LocalizedText> notes;
    private final @Nullable RegionalMultipliers multipliers;
    /** {@code [draw][row][outcome ordinal]} at the horizon (NaN where not computed); rows = strategies + reference. */
    private final double[][][] horizonDraws;
    /** The row of the status quo in {@link #horizonDraws}. */
    private final int reference;

    ComparisonResult(Scenario scenario, int baseYear, CurrencyUnit currency, List<StrategyResult> strategies,
                     Ranking ranking, NpvRanking npvRanking, java.util.function.Supplier<RankingSensitivity> sensitivity,
                     ParameterSet parameters, List<Assumption> assumptions, List<LocalizedText> notes,
                     @Nullable RegionalMultipliers multipliers, double[][][] horizonDraws, int reference) {
        this.scenario = Objects.requireNonNull(scenario);
        this.baseYear = baseYear;
        this.currency = Objects.requireNonNull(currency);
        this.strategies = List.copyOf(strategies);
        this.ranking = Objects.requireNonNull(ranking);
        this.npvRanking = Objects.requireNonNull(npvRanking);
        this.sensitivity = Objects.requireNonNull(sensitivity);
        this.parameters = Objects.requireNonNull(parameters);
        this.assumptions = List.copyOf(assumptions);
        this.notes = List.copyOf(notes);
        this.multipliers = multipliers;
        this.horizonDraws = horizonDraws;
        this.reference = reference;
    }

    /** The scenario that produced it. */
    public Scenario scenario() {
        return scenario;
    }

    /** The base year (index 0 of every path). */
    public int baseYear() {
        return baseYear;
    }

    /** The calendar years of the paths: base year, then the projected years. */
    public List<Integer> years() {
        List<Integer> y = new ArrayList<>();
        for (int t = 0; t <= scenario.horizon(); t++) {
            y.add(baseYear + t);
        }
        return List.copyOf(y);
    }

    /** The currency unit of money outcomes. */
    public CurrencyUnit currency() {
        return currency;
    }

    /** One result per strategy, in the scenario's order. */
    public List<StrategyResult> strategies() {
        return strategies;
    }

    /** The result of one strategy by id. */
    public StrategyResult strategy(String id) {
        return strategies.stream().filter(s -> s.strategy().id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no strategy " + id + " in this result"));
    }

    /**
     * The outcomes computed (regional ones only with multipliers, regional jobs only with an employment multiplier;
     * the lock-in index only when it can be scored).
     */
    public List<Outcome> outcomes() {
        return List.copyOf(strategies.get(0).trajectories().keySet());
    }

    /** The ranking on the scenario's criteria and weights. */
    public Ranking ranking() {
        return ranking;
    }

    /**
     * The ranking on net present value against the status quo at the horizon (discounted value-added gain net of
     * the discounted fiscal cost), shown alongside the TOPSIS ranking.
     */
    public NpvRanking npvRanking() {
        return npvRanking;
    }

    /**
     * Which uncertain parameters decide the lead of the first strategy on NPV over the second (Morris). Computed on
     * first use (a few hundred projections; pages that do not show it do not pay for it), then kept; deterministic.
     */
    public RankingSensitivity sensitivity() {
        RankingSensitivity s = sensitivityResult;
        if (s == null) {
            synchronized (this) {
                s = sensitivityResult;
                if (s == null) {
                    s = sensitivity.get();
                    sensitivityResult = s;
                }
            }
        }
        return s;
    }

    /** The parameters used (after the scenario's overrides). */
    public ParameterSet parameters() {
        return parameters;
    }

    /** Every assumption behind the numbers: parameters, calibrated values, the scenario's settings. */
    public List<Assumption> assumptions() {
        return assumptions;
    }

    /** Caveats about the cluster's data and what the model had to assume. */
    public List<LocalizedText> notes() {
        return notes;
    }

    /** The regional multipliers used, or {@code null}. */
    public @Nullable RegionalMultipliers multipliers() {
        return multipliers;
    }

    /** The ranking on other criteria or with other weights, on the scenario's basis (no new Monte Carlo). */
    public Ranking rank(List<Outcome> criteria, Weighting weighting) {
        return rank(criteria, weighting, scenario.basis());
    }

    /**
     * The ranking on other criteria, weights or basis, from the same draws (no new Monte Carlo).
     *
     * @throws IllegalArgumentException when a criterion was not computed or a weight is missing
     */
    public Ranking rank(List<Outcome> criteria, Weighting weighting, RankingBasis basis) {
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("no ranking criterion");
        }
        List<Outcome> computed = outcomes();
        for (Outcome o : criteria) {
            if (!computed.contains(o)) {
                throw new IllegalArgumentException("criterion " + o.id() + " was not computed"
                        + (!o.regional() ? "" : multipliers == null ? " (it needs regional multipliers from a linked IO table)"
                        : " (it needs an employment multiplier: regional employment by sector for the linked IO table)"));
            }
        }
        return TopsisRanking.rank(horizonDraws, strategies.stream().map(s -> s.strategy().id()).toList(), reference,
                criteria, weighting, basis);
    }
}
