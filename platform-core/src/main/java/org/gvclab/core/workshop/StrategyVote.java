package org.gvclab.core.workshop;

import java.util.List;
import java.util.Set;

/**
 * A participant's approval vote: the strategies they support (at least one; any number).
 *
 * @param approved the ids of the approved strategies
 */
public record StrategyVote(Set<String> approved) implements Submission {

    public StrategyVote {
        approved = Set.copyOf(approved);
    }

    @Override
    public ActivityKind kind() {
        return ActivityKind.STRATEGY_VOTE;
    }

    @Override
    public void validate(List<String> strategyIds) {
        if (approved.isEmpty()) {
            throw new InvalidSubmissionException("a vote must approve at least one strategy");
        }
        for (String id : approved) {
            if (!strategyIds.contains(id)) {
                throw new InvalidSubmissionException("unknown strategy " + id + " (expected one of " + strategyIds + ")");
            }
        }
    }
}
