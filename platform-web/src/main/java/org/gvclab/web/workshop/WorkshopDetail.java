package org.gvclab.web.workshop;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.gvclab.core.base.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A workshop as its facilitator sees it.
 *
 * @param joinCode      the current code (stored form, no dashes); null once closed
 * @param codeExpiresAt when the code stops admitting people
 * @param participants  how many joined
 */
public record WorkshopDetail(long id, long clusterId, LocalizedText clusterName, long jurisdictionId, String title,
                             String facilitator, @Nullable String joinCode, @Nullable OffsetDateTime codeExpiresAt,
                             WorkshopStatus status, OffsetDateTime createdAt, @Nullable OffsetDateTime closedAt,
                             int participants, List<ActivityInfo> activities) {

    public WorkshopDetail {
        activities = List.copyOf(activities);
    }

    /** The activity open now, if any. */
    public Optional<ActivityInfo> current() {
        return activities.stream().filter(a -> a.state() == ActivityState.OPEN).findFirst();
    }

    public boolean closed() {
        return status == WorkshopStatus.CLOSED;
    }
}
