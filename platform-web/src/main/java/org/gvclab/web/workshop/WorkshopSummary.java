package org.gvclab.web.workshop;

import java.time.OffsetDateTime;
import org.gvclab.core.base.LocalizedText;
import org.jspecify.annotations.Nullable;

/** A workshop in a list. */
public record WorkshopSummary(long id, long clusterId, LocalizedText clusterName, String title, String facilitator,
                              WorkshopStatus status, OffsetDateTime createdAt, @Nullable OffsetDateTime closedAt,
                              int participants) {
}
