package org.gvclab.core.workshop;

import java.util.HashSet;
import java.util.List;

/**
 * A participant's ranking of the strategies, best first; every strategy exactly once.
 *
 * @param order the strategy ids, best first
 */
public record StrategyRanking(List<String> order) implements Submission {

    public StrategyRanking {
        order = List.copyOf(order);
    }

    @Override
    public ActivityKind kind() {
        return ActivityKind.STRATEGY_RANKING;
    }

    @Override
    public void validate(List<String> strategyIds) {
        if (order.size() != strategyIds.size() || !new HashSet<>(order).equals(new HashSet<>(strategyIds))) {
            throw new InvalidSubmissionException("a ranking must list each of the " + strategyIds.size()
                    + " strategies " + strategyIds + " exactly once, got " + order);
        }
    }
}
