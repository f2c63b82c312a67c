package org.gvclab.core.workshop;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One activity of a workshop's agenda, as aggregation needs it.
 *
 * @param id          its id
 * @param position    its 1-based position on the agenda
 * @param kind        what participants do
 * @param criteriaSet for an AHP activity the criteria set compared; null otherwise
 * @param items       the factors, criteria (in matrix order) or strategies
 */
public record Activity(long id, int position, ActivityKind kind, @Nullable CriteriaSet criteriaSet,
                       List<Criterion> items) {

    public Activity {
        Objects.requireNonNull(kind, "kind");
        items = List.copyOf(items);
        if ((kind == ActivityKind.AHP) != (criteriaSet != null)) {
            throw new IllegalArgumentException("activity " + position + " (" + kind
                    + "): a criteria set belongs to AHP activities and only to them");
        }
        if (kind == ActivityKind.AHP && (items.size() < 2 || items.size() > 10)) {
            throw new IllegalArgumentException("activity " + position + ": AHP compares 2–10 criteria, got " + items.size());
        }
        if ((kind == ActivityKind.STRATEGY_RANKING || kind == ActivityKind.STRATEGY_VOTE) && items.size() < 2) {
            throw new IllegalArgumentException("activity " + position + ": at least two strategies are needed");
        }
    }

    /** The item ids, in order. */
    public List<String> itemIds() {
        return items.stream().map(Criterion::id).toList();
    }

    /** The five-factor scoring activity (the five factor groups). */
    public static Activity factorScoring(long id, int position) {
        return new Activity(id, position, ActivityKind.FACTOR_SCORING, null, CriteriaSet.FACTORS.criteria());
    }

    /** An AHP activity over a criteria set. */
    public static Activity ahp(long id, int position, CriteriaSet set) {
        return new Activity(id, position, ActivityKind.AHP, set, set.criteria());
    }
}
