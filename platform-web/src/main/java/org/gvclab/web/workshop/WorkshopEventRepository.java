package org.gvclab.web.workshop;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Publishes workshop events through PostgreSQL: {@code pg_notify} on the caller's (transaction-bound) connection,
 * so PostgreSQL delivers the notification when the caller's transaction commits and drops it on rollback.
 */
@Repository
class WorkshopEventRepository {

    private final DSLContext dsl;

    WorkshopEventRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void notify(String channel, String payload) {
        dsl.select(DSL.field("pg_notify({0}, {1})", String.class, DSL.val(channel), DSL.val(payload))).fetch();
    }
}
