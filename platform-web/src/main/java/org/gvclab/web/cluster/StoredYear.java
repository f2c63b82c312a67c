package org.gvclab.web.cluster;

import java.time.OffsetDateTime;
import org.gvclab.core.cluster.YearlyRecord;

/** A stored yearly record of a cluster, with who changed it last and its optimistic-lock version. */
public record StoredYear(long id, long clusterId, long jurisdictionId, YearlyRecord record, int version,
                         OffsetDateTime updatedAt, String updatedBy) {

    public int year() {
        return record.year();
    }
}
