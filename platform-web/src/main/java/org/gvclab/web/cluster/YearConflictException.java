package org.gvclab.web.cluster;

import org.gvclab.web.base.StaleDataException;
import org.jspecify.annotations.Nullable;

/**
 * Someone else saved the same year of the same cluster since the caller read it. Carries the record as it is
 * stored now (null if it was deleted), so that the user can compare it with their own input; nothing was written.
 */
public class YearConflictException extends StaleDataException {

    private final transient @Nullable StoredYear current;

    public YearConflictException(long clusterId, int year, @Nullable StoredYear current) {
        super("year " + year + " of cluster", clusterId);
        this.current = current;
    }

    public @Nullable StoredYear current() {
        return current;
    }
}
