package org.gvclab.web.workshop;

import java.util.List;
import org.gvclab.core.workshop.ActivityKind;
import org.gvclab.core.workshop.CriteriaSet;
import org.gvclab.core.workshop.Criterion;
import org.jspecify.annotations.Nullable;

/**
 * One activity of a new workshop's agenda.
 *
 * @param kind        what participants do
 * @param criteriaSet for AHP, the criteria compared; null otherwise
 * @param items       the factors, criteria or strategies (derived from the kind and set where fixed)
 */
public record ActivityDraft(ActivityKind kind, @Nullable CriteriaSet criteriaSet, List<Criterion> items) {

    public ActivityDraft {
        items = List.copyOf(items);
    }

    /** Five-factor scoring. */
    public static ActivityDraft factorScoring() {
        return new ActivityDraft(ActivityKind.FACTOR_SCORING, null, CriteriaSet.FACTORS.criteria());
    }

    /** AHP pairwise comparison of a criteria set. */
    public static ActivityDraft ahp(CriteriaSet set) {
        return new ActivityDraft(ActivityKind.AHP, set, set.criteria());
    }

    /** Ranking (Borda) of the presets S0–S4 and the custom strategies. */
    public static ActivityDraft ranking(List<Criterion> customStrategies) {
        return new ActivityDraft(ActivityKind.STRATEGY_RANKING, null, strategies(customStrategies));
    }

    /** Approval vote on the presets S0–S4 and the custom strategies. */
    public static ActivityDraft vote(List<Criterion> customStrategies) {
        return new ActivityDraft(ActivityKind.STRATEGY_VOTE, null, strategies(customStrategies));
    }

    private static List<Criterion> strategies(List<Criterion> custom) {
        return java.util.stream.Stream.concat(Criterion.presetStrategies().stream(), custom.stream()).toList();
    }
}
