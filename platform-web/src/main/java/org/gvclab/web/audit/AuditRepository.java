package org.gvclab.web.audit;

import static org.gvclab.web.db.Tables.AUDIT_LOG;

import java.time.OffsetDateTime;
import java.util.List;
import org.gvclab.web.base.Unscoped;
import org.gvclab.web.security.TenantScope;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The audit log table: entries are appended, and read within the caller's jurisdictions. */
@Repository
class AuditRepository {

    private final DSLContext dsl;

    AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Unscoped("the audit trail records every change, in the jurisdiction the changing service already checked")
    void insert(OffsetDateTime at, String actor, @Nullable Long jurisdictionId, String entity,
                @Nullable String entityId, String action, @Nullable String beforeJson, @Nullable String afterJson) {
        dsl.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.AT, at)
                .set(AUDIT_LOG.USERNAME, actor)
                .set(AUDIT_LOG.JURISDICTION_ID, jurisdictionId)
                .set(AUDIT_LOG.ENTITY, entity)
                .set(AUDIT_LOG.ENTITY_ID, entityId)
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.BEFORE_JSON, beforeJson)
                .set(AUDIT_LOG.AFTER_JSON, afterJson)
                .execute();
    }

    /** The newest entries the caller may see: an administrator all, others those of their jurisdictions. */
    List<AuditEntry> latest(TenantScope scope, int limit) {
        return dsl.select(AUDIT_LOG.ID, AUDIT_LOG.AT, AUDIT_LOG.USERNAME, AUDIT_LOG.JURISDICTION_ID, AUDIT_LOG.ENTITY,
                        AUDIT_LOG.ENTITY_ID, AUDIT_LOG.ACTION, AUDIT_LOG.BEFORE_JSON, AUDIT_LOG.AFTER_JSON)
                .from(AUDIT_LOG)
                .where(scope.covers(AUDIT_LOG.JURISDICTION_ID))
                .orderBy(AUDIT_LOG.ID.desc())
                .limit(limit)
                .fetch(Records.mapping(AuditEntry::new));
    }

    /** The history of one record, newest first. */
    List<AuditEntry> history(TenantScope scope, String entity, Object entityId) {
        return dsl.select(AUDIT_LOG.ID, AUDIT_LOG.AT, AUDIT_LOG.USERNAME, AUDIT_LOG.JURISDICTION_ID, AUDIT_LOG.ENTITY,
                        AUDIT_LOG.ENTITY_ID, AUDIT_LOG.ACTION, AUDIT_LOG.BEFORE_JSON, AUDIT_LOG.AFTER_JSON)
                .from(AUDIT_LOG)
                .where(AUDIT_LOG.ENTITY.eq(entity).and(AUDIT_LOG.ENTITY_ID.eq(entityId.toString()))
                        .and(scope.covers(AUDIT_LOG.JURISDICTION_ID)))
                .orderBy(AUDIT_LOG.ID.desc())
                .fetch(Records.mapping(AuditEntry::new));
    }

    /** Every change of a cluster, its yearly records and its questionnaires, newest first. */
    List<AuditEntry> ofCluster(TenantScope scope, long clusterId) {
        String id = String.valueOf(clusterId);
        return dsl.select(AUDIT_LOG.ID, AUDIT_LOG.AT, AUDIT_LOG.USERNAME, AUDIT_LOG.JURISDICTION_ID, AUDIT_LOG.ENTITY,
                        AUDIT_LOG.ENTITY_ID, AUDIT_LOG.ACTION, AUDIT_LOG.BEFORE_JSON, AUDIT_LOG.AFTER_JSON)
                .from(AUDIT_LOG)
                .where(AUDIT_LOG.ENTITY.in("cluster", "cluster_questionnaire").and(AUDIT_LOG.ENTITY_ID.eq(id))
                        .or(AUDIT_LOG.ENTITY.eq("cluster_year").and(AUDIT_LOG.ENTITY_ID.startsWith(id + ":"))))
                .and(scope.covers(AUDIT_LOG.JURISDICTION_ID))
                .orderBy(AUDIT_LOG.ID.desc())
                .fetch(Records.mapping(AuditEntry::new));
    }
}
