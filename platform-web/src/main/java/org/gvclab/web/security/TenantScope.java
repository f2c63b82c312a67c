package org.gvclab.web.security;

import java.util.Set;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The jurisdictions a caller may read and change. Every repository method that touches user data takes one,
 * and every service checks it before writing: an OFFICIAL sees their own jurisdictions, a CONSULTANT those
 * assigned to them, an ADMIN all of them.
 */
public record TenantScope(long userId, String username, Role role, Set<Long> jurisdictionIds) {

    public TenantScope {
        jurisdictionIds = Set.copyOf(jurisdictionIds);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Whether the caller may see the data of a jurisdiction. */
    public boolean canRead(long jurisdictionId) {
        return isAdmin() || jurisdictionIds.contains(jurisdictionId);
    }

    /** Whether the caller may change the data of a jurisdiction (the same jurisdictions as reading, today). */
    public boolean canWrite(long jurisdictionId) {
        return canRead(jurisdictionId);
    }

    /** A SQL condition that keeps only rows whose jurisdiction column lies in this scope. */
    public Condition covers(Field<Long> jurisdictionColumn) {
        return isAdmin() ? DSL.noCondition() : jurisdictionIds.isEmpty() ? DSL.falseCondition()
                : jurisdictionColumn.in(jurisdictionIds);
    }
}
