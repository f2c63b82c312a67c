package org.gvclab.core.strategy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a strategy comparison needs besides the cluster's data, saved per cluster so that a result can be
 * reproduced exactly (same inputs + same scenario → bit-identical result). {@link ScenarioJson} reads and writes it.
 *
 * @param name             the scenario's name
 * @param strategyIds      the strategies compared, in display order: preset ids ({@code S0}–{@code S4}) or ids of
 *                         {@code customStrategies}
 * @param customStrategies the user's own strategies (may include some not compared now)
 * @param horizon          projected years, 1–15
 * @param overrides        parameter overrides by key ({@link ParameterSet#withOverrides})
 * @param shock            the external shock
 * @param criteria         the outcomes the strategies are ranked on (at the horizon)
 * @param weighting        the weights of the criteria
 * @param basis            whether the ranking compares changes from the status quo (default) or levels
 * @param seed             the random seed of the Monte Carlo
 * @param draws            Monte Carlo draws, 1–100,000
 */
public record Scenario(String name, List<String> strategyIds, List<Strategy> customStrategies, int horizon,
                       Map<String, Double> overrides, Shock shock, List<Outcome> criteria, Weighting weighting,
                       RankingBasis basis, long seed, int draws) {

    /** The longest horizon, in years. */
    public static final int MAX_HORIZON = 15;
    /**
     * The horizon every comparison starts from (the strategy page, the policy brief's comparison and the command line
     * alike), so that the page and the brief an official forwards reach the same conclusion.
     */
    public static final int DEFAULT_HORIZON = 10;
    /** The most draws a scenario may ask for. */
    public static final int MAX_DRAWS = 10_000;
    /** The default number of draws. */
    public static final int DEFAULT_DRAWS = 1000;
    /** The default seed (any fixed number; saved with the scenario). */
    public static final long DEFAULT_SEED = 20_240_501L;

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shock, "shock");
        Objects.requireNonNull(weighting, "weighting");
        Objects.requireNonNull(basis, "basis");
        if (name.isBlank()) {
            throw new IllegalArgumentException("the scenario needs a name");
        }
        strategyIds = List.copyOf(strategyIds);
        customStrategies = List.copyOf(customStrategies);
        overrides = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
        criteria = List.copyOf(criteria);
        if (horizon < 1 || horizon > MAX_HORIZON) {
            throw new IllegalArgumentException("scenario " + name + ": the horizon must be 1–" + MAX_HORIZON + " years, got " + horizon);
        }
        if (shock.year() > horizon) {
            throw new IllegalArgumentException("scenario " + name + ": the shock year " + shock.year()
                    + " is after the horizon of " + horizon + " years");
        }
        if (draws < 1 || draws > MAX_DRAWS) {
            throw new IllegalArgumentException("scenario " + name + ": draws must be 1–" + MAX_DRAWS + ", got " + draws);
        }
        Set<String> custom = new HashSet<>();
        for (Strategy s : customStrategies) {
            if (Strategies.isPreset(s.id())) {
                throw new IllegalArgumentException("scenario " + name + ": custom strategy id " + s.id() + " is a preset id");
            }
            if (!custom.add(s.id())) {
                throw new IllegalArgumentException("scenario " + name + ": two custom strategies with id " + s.id());
            }
        }
        if (strategyIds.isEmpty()) {
            throw new IllegalArgumentException("scenario " + name + ": no strategy to compare");
        }
        Set<String> seen = new HashSet<>();
        for (String id : strategyIds) {
            if (!Strategies.isPreset(id) && !custom.contains(id)) {
                throw new IllegalArgumentException("scenario " + name + ": strategy " + id + " is neither a preset nor one of its custom strategies");
            }
            if (!seen.add(id)) {
                throw new IllegalArgumentException("scenario " + name + ": strategy " + id + " is listed twice");
            }
        }
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("scenario " + name + ": no ranking criterion");
        }
        if (new HashSet<>(criteria).size() != criteria.size()) {
            throw new IllegalArgumentException("scenario " + name + ": a ranking criterion is listed twice: " + criteria);
        }
        weighting.of(criteria);
        ParameterSet.defaults().withOverrides(overrides);
    }

    /**
     * All presets over {@link #DEFAULT_HORIZON} years, no override, no shock shown, the default criteria with equal
     * weights, 1000 draws.
     */
    public static Scenario defaults(String name) {
        return new Scenario(name, Strategies.PRESET_IDS, List.of(), DEFAULT_HORIZON, Map.of(), Shock.none(),
                Outcome.DEFAULT_CRITERIA, Weighting.equal(), RankingBasis.CHANGE_FROM_STATUS_QUO, DEFAULT_SEED, DEFAULT_DRAWS);
    }

    /** A copy comparing other strategies (custom ones replaced by {@code custom}). */
    public Scenario withStrategies(List<String> ids, List<Strategy> custom) {
        return new Scenario(name, ids, custom, horizon, overrides, shock, criteria, weighting, basis, seed, draws);
    }

    /** A copy with other parameter overrides. */
    public Scenario withOverrides(Map<String, Double> other) {
        return new Scenario(name, strategyIds, customStrategies, horizon, other, shock, criteria, weighting, basis, seed, draws);
    }

    /** A copy with another shock. */
    public Scenario withShock(Shock other) {
        return new Scenario(name, strategyIds, customStrategies, horizon, overrides, other, criteria, weighting, basis, seed, draws);
    }

    /** A copy with another seed and number of draws. */
    public Scenario withDraws(long otherSeed, int otherDraws) {
        return new Scenario(name, strategyIds, customStrategies, horizon, overrides, shock, criteria, weighting, basis, otherSeed, otherDraws);
    }

    /** A copy with another horizon. */
    public Scenario withHorizon(int years) {
        return new Scenario(name, strategyIds, customStrategies, years, overrides, shock, criteria, weighting, basis, seed, draws);
    }

    /** A copy ranking on other criteria with other weights, on the same basis. */
    public Scenario withRanking(List<Outcome> otherCriteria, Weighting otherWeighting) {
        return withRanking(otherCriteria, otherWeighting, basis);
    }

    /** A copy ranking on other criteria with other weights and basis. */
    public Scenario withRanking(List<Outcome> otherCriteria, Weighting otherWeighting, RankingBasis otherBasis) {
        return new Scenario(name, strategyIds, customStrategies, horizon, overrides, shock, otherCriteria, otherWeighting,
                otherBasis, seed, draws);
    }

    /** The strategies compared, presets built with the given preset budget share (percent of base value added). */
    List<Strategy> strategies(double presetBudgetShare) {
        List<Strategy> out = new ArrayList<>();
        for (String id : strategyIds) {
            out.add(Strategies.isPreset(id) ? Strategies.preset(id, presetBudgetShare).orElseThrow()
                    : customStrategies.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow());
        }
        return out;
    }
}
