package org.gvclab.core.workshop;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The results of a workshop: every activity's aggregate, in agenda order. Frozen (and stored) when the workshop
 * closes; computed live while it runs.
 *
 * @param workshopId   the workshop
 * @param clusterId    the cluster it was run for
 * @param title        its title
 * @param participants how many people joined
 * @param closedAt     when it closed, null while it runs
 * @param activities   the activities' results, in agenda order
 */
public record WorkshopResults(long workshopId, long clusterId, String title, int participants,
                              @Nullable Instant closedAt, List<ActivityResult> activities) {

    public WorkshopResults {
        activities = List.copyOf(activities);
    }

    /** The group weights of the last AHP activity over {@code set} that has submissions. */
    public Optional<GroupWeights> weights(CriteriaSet set) {
        GroupWeights found = null;
        for (ActivityResult a : activities) {
            if (a instanceof ActivityResult.Weighting w && w.criteriaSet() == set && w.group() != null) {
                found = w.group();
            }
        }
        return Optional.ofNullable(found);
    }
}
