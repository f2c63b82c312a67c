package org.gvclab.core.workshop;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The results of a workshop: every activity's aggregate, in agenda order. Frozen (and stored) when the workshop
 * closes; computed live while it runs.
 *
 * @param workshopId           the workshop
 * @param clusterId            the cluster it was run for
 * @param title                its title
 * @param participants         how many people joined
 * @param closedAt             when it closed, null while it runs
 * @param activities           the activities' results, in agenda order
 * @param confirmedInconsistent the AHP activities whose group weights are inconsistent (CR ≥ 0.10) and which the
 *                             facilitator explicitly confirmed for use when closing; results stored before this field
 *                             existed read it as empty, so their inconsistent weights are not applied
 */
public record WorkshopResults(long workshopId, long clusterId, String title, int participants,
                              @Nullable Instant closedAt, List<ActivityResult> activities,
                              @Nullable List<Long> confirmedInconsistent) {

    public WorkshopResults {
        activities = List.copyOf(activities);
        confirmedInconsistent = confirmedInconsistent == null ? List.of() : List.copyOf(confirmedInconsistent);
    }

    /** Results no facilitator has confirmed anything of (live results, or a workshop without inconsistent weights). */
    public WorkshopResults(long workshopId, long clusterId, String title, int participants, @Nullable Instant closedAt,
                           List<ActivityResult> activities) {
        this(workshopId, clusterId, title, participants, closedAt, activities, List.of());
    }

    /** The group weights of the last AHP activity over {@code set} that has submissions, consistent or not. */
    public Optional<GroupWeights> weights(CriteriaSet set) {
        return lastWeighting(set).map(ActivityResult.Weighting::group);
    }

    /**
     * The group weights of the last AHP activity over {@code set} that has submissions, if they may be applied (to the
     * lock-in driver composite or the strategy ranking): consistent (CR &lt; 0.10), or inconsistent and confirmed by
     * the facilitator (docs/model.md, "Workshops"). Empty otherwise.
     */
    public Optional<GroupWeights> appliedWeights(CriteriaSet set) {
        return lastWeighting(set).filter(w -> w.group().consistent() || confirmedInconsistent.contains(w.activityId()))
                .map(ActivityResult.Weighting::group);
    }

    /** The AHP activities with submissions whose group CR is 0.10 or more, in agenda order. */
    @JsonIgnore
    public List<ActivityResult.Weighting> inconsistentWeightings() {
        List<ActivityResult.Weighting> out = new ArrayList<>();
        for (ActivityResult a : activities) {
            if (a instanceof ActivityResult.Weighting w && w.group() != null && !w.group().consistent()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The same results with the given inconsistent AHP activities confirmed by the facilitator. */
    public WorkshopResults confirming(List<Long> activityIds) {
        return new WorkshopResults(workshopId, clusterId, title, participants, closedAt, activities, activityIds);
    }

    private Optional<ActivityResult.Weighting> lastWeighting(CriteriaSet set) {
        ActivityResult.Weighting found = null;
        for (ActivityResult a : activities) {
            if (a instanceof ActivityResult.Weighting w && w.criteriaSet() == set && w.group() != null) {
                found = w;
            }
        }
        return Optional.ofNullable(found);
    }
}
