package org.gvclab.web.audit;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** One logged change; {@code before} and {@code after} are JSON snapshots (null for a creation or deletion). */
public record AuditEntry(long id, OffsetDateTime at, String username, @Nullable Long jurisdictionId, String entity,
                         @Nullable String entityId, String action, @Nullable String before,
                         @Nullable String after) {
}
