package org.gvclab.web.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.gvclab.web.security.TenantScope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Writes and reads the audit log. Writes join the caller's transaction, so a change and its log entry are
 * stored together or not at all.
 */
@Service
public class AuditLog {

    private final AuditRepository repository;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    AuditLog(AuditRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Logs a change made by {@code actor}; snapshots are written as JSON. */
    public void record(String actor, @Nullable Long jurisdictionId, String entity, @Nullable Object entityId,
                       String action, @Nullable Object before, @Nullable Object after) {
        repository.insert(OffsetDateTime.now(clock), actor, jurisdictionId, entity,
                entityId == null ? null : entityId.toString(), action, toJson(before), toJson(after));
    }

    /** The newest entries the caller may see: an administrator all, others those of their jurisdictions. */
    public List<AuditEntry> latest(TenantScope scope, int limit) {
        return repository.latest(scope, limit);
    }

    /** The history of one record, newest first. */
    public List<AuditEntry> history(TenantScope scope, String entity, Object entityId) {
        return repository.history(scope, entity, entityId);
    }

    /** Every change of a cluster, its yearly records and its questionnaires, newest first. */
    public List<AuditEntry> ofCluster(TenantScope scope, long clusterId) {
        return repository.ofCluster(scope, clusterId);
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
