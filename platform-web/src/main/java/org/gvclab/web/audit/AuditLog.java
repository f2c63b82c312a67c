package org.gvclab.web.audit;

import static org.gvclab.web.db.Tables.AUDIT_LOG;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.gvclab.web.security.TenantScope;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Writes and reads the audit log. Writes join the caller's transaction, so a change and its log entry are
 * stored together or not at all.
 */
@Repository
public class AuditLog {

    private final DSLContext dsl;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public AuditLog(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Logs a change made by {@code actor}; snapshots are written as JSON. */
    public void record(String actor, @Nullable Long jurisdictionId, String entity, @Nullable Object entityId,
                       String action, @Nullable Object before, @Nullable Object after) {
        dsl.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.AT, OffsetDateTime.now(clock))
                .set(AUDIT_LOG.USERNAME, actor)
                .set(AUDIT_LOG.JURISDICTION_ID, jurisdictionId)
                .set(AUDIT_LOG.ENTITY, entity)
                .set(AUDIT_LOG.ENTITY_ID, entityId == null ? null : entityId.toString())
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.BEFORE_JSON, toJson(before))
                .set(AUDIT_LOG.AFTER_JSON, toJson(after))
                .execute();
    }

    /** The newest entries the caller may see: an administrator all, others those of their jurisdictions. */
    public List<AuditEntry> latest(TenantScope scope, int limit) {
        return dsl.select(AUDIT_LOG.ID, AUDIT_LOG.AT, AUDIT_LOG.USERNAME, AUDIT_LOG.JURISDICTION_ID, AUDIT_LOG.ENTITY,
                        AUDIT_LOG.ENTITY_ID, AUDIT_LOG.ACTION, AUDIT_LOG.BEFORE_JSON, AUDIT_LOG.AFTER_JSON)
                .from(AUDIT_LOG)
                .where(scope.covers(AUDIT_LOG.JURISDICTION_ID))
                .orderBy(AUDIT_LOG.ID.desc())
                .limit(limit)
                .fetch(Records.mapping(AuditEntry::new));
    }

    /** The history of one record, newest first. */
    public List<AuditEntry> history(TenantScope scope, String entity, Object entityId) {
        return dsl.select(AUDIT_LOG.ID, AUDIT_LOG.AT, AUDIT_LOG.USERNAME, AUDIT_LOG.JURISDICTION_ID, AUDIT_LOG.ENTITY,
                        AUDIT_LOG.ENTITY_ID, AUDIT_LOG.ACTION, AUDIT_LOG.BEFORE_JSON, AUDIT_LOG.AFTER_JSON)
                .from(AUDIT_LOG)
                .where(AUDIT_LOG.ENTITY.eq(entity).and(AUDIT_LOG.ENTITY_ID.eq(entityId.toString()))
                        .and(scope.covers(AUDIT_LOG.JURISDICTION_ID)))
                .orderBy(AUDIT_LOG.ID.desc())
                .fetch(Records.mapping(AuditEntry::new));
    }

    /** Every change of a cluster, its yearly records and its questionnaires, newest first. */
    public List<AuditEntry> ofCluster(TenantScope scope, long clusterId) {
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

    private @Nullable String toJson(@Nullable Object snapshot) {
        if (snapshot == null) {
            return null;
        }
        try {
            return json.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write an audit snapshot of " + snapshot.getClass(), e);
        }
    }
}
