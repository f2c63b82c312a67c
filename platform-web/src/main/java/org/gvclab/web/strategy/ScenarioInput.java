package org.gvclab.web.strategy;

import java.util.List;
import java.util.Map;
import org.gvclab.core.strategy.Strategy;

/**
 * A strategy comparison as the user entered it in the scenario form, each value already within its field's limits;
 * {@link StrategyComparisonService#scenario} assembles the core's scenario from it.
 *
 * @param name             the scenario's name (blank: the default name)
 * @param strategyIds      the strategies to compare: preset ids and ids of {@code customStrategies}
 * @param customStrategies the user's own lever sets
 * @param horizon          projected years
 * @param shock            whether the external shock applies
 * @param shockPercent     its size, percent of the exports to restricted markets
 * @param shockYear        the projected year it hits (at most the horizon)
 * @param draws            Monte Carlo draws
 * @param seed             the random seed
 * @param overrides        the parameters the user changed, by id
 * @param ranking          how to rank
 */
public record ScenarioInput(String name, List<String> strategyIds, List<Strategy> customStrategies, int horizon,
                            boolean shock, double shockPercent, int shockYear, int draws, long seed,
                            Map<String, Double> overrides, RankingChoice ranking) {

    public ScenarioInput {
        strategyIds = List.copyOf(strategyIds);
        customStrategies = List.copyOf(customStrategies);
        overrides = Map.copyOf(overrides);
    }
}
