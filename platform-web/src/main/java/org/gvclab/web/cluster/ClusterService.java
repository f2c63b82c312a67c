package org.gvclab.web.cluster;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.gvclab.web.audit.AuditEntry;
import org.gvclab.web.audit.AuditLog;
import org.gvclab.web.base.NotFoundInScopeException;
import org.gvclab.web.security.CurrentUser;
import org.gvclab.web.security.TenantScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clusters of the caller's jurisdictions. Every read and write is checked against the caller's scope; a cluster
 * of another jurisdiction is reported as not found.
 */
@Service
public class ClusterService {

    private final ClusterRepository repository;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    public ClusterService(ClusterRepository repository, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Cluster> visible() {
        return repository.findAll(currentUser.scope());
    }

    @Transactional(readOnly = true)
    public Cluster get(long id) {
        return repository.findById(currentUser.scope(), id)
                .orElseThrow(() -> new NotFoundInScopeException("cluster", id));
    }

    /**
     * Every logged change of a cluster, its yearly records and its questionnaires, newest first.
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> history(long id) {
        TenantScope scope = currentUser.scope();
        Cluster cluster = repository.findById(scope, id).orElseThrow(() -> new NotFoundInScopeException("cluster", id));
        return audit.ofCluster(scope, cluster.id());
    }

    @Transactional
    public Cluster create(ClusterDraft draft) {
        TenantScope scope = currentUser.scope();
        requireWrite(scope, draft.jurisdictionId());
        long id = repository.insert(scope, draft, OffsetDateTime.now(clock));
        Cluster created = repository.findById(scope, id).orElseThrow();
        audit.record(scope.username(), draft.jurisdictionId(), "cluster", id, "create", null, created);
        return created;
    }

    /** Saves changes made to {@code before}; refused if someone else changed the cluster in the meantime. */
    @Transactional
    public Cluster update(Cluster before, ClusterDraft draft) {
        TenantScope scope = currentUser.scope();
        requireWrite(scope, before.jurisdictionId());
        requireWrite(scope, draft.jurisdictionId());
        repository.update(scope, before.id(), before.version(), draft, OffsetDateTime.now(clock));
        Cluster after = repository.findById(scope, before.id()).orElseThrow();
        audit.record(scope.username(), after.jurisdictionId(), "cluster", after.id(), "update", before, after);
        return after;
    }

    @Transactional
    public void delete(Cluster cluster) {
        TenantScope scope = currentUser.scope();
        requireWrite(scope, cluster.jurisdictionId());
        repository.delete(scope, cluster.id(), cluster.version());
        audit.record(scope.username(), cluster.jurisdictionId(), "cluster", cluster.id(), "delete", cluster, null);
    }

    /** The IO table region-sector the cluster is linked to, if any. */
    @Transactional(readOnly = true)
    public Optional<ClusterIoLink> ioLink(long clusterId) {
        TenantScope scope = currentUser.scope();
        repository.findById(scope, clusterId).orElseThrow(() -> new NotFoundInScopeException("cluster", clusterId));
        return repository.findIoLink(scope, clusterId);
    }

    /** The caller's clusters linked to an IO table. */
    @Transactional(readOnly = true)
    public List<ClusterIoLink> ioLinksTo(long tableId) {
        return repository.findIoLinks(currentUser.scope(), tableId);
    }

    /**
     * Links a cluster the caller may edit to a region-sector of an IO table (the IO tables feature checks that the
     * table holds them), audited as an {@code io-link} change of the cluster.
     */
    @Transactional
    public ClusterIoLink linkIo(long clusterId, long tableId, String region, String sector) {
        TenantScope scope = currentUser.scope();
        Cluster cluster = repository.findById(scope, clusterId)
                .orElseThrow(() -> new NotFoundInScopeException("cluster", clusterId));
        requireWrite(scope, cluster.jurisdictionId());
        ClusterIoLink before = repository.findIoLink(scope, clusterId).orElse(null);
        repository.setIoLink(scope, clusterId, tableId, region, sector);
        ClusterIoLink after = repository.findIoLink(scope, clusterId).orElseThrow();
        audit.record(scope.username(), cluster.jurisdictionId(), "cluster", clusterId, "io-link", before, after);
        return after;
    }

    /** Removes a cluster's IO table link (audited); nothing happens when it has none. */
    @Transactional
    public void unlinkIo(long clusterId) {
        TenantScope scope = currentUser.scope();
        Cluster cluster = repository.findById(scope, clusterId)
                .orElseThrow(() -> new NotFoundInScopeException("cluster", clusterId));
        requireWrite(scope, cluster.jurisdictionId());
        Optional<ClusterIoLink> before = repository.findIoLink(scope, clusterId);
        if (before.isEmpty()) {
            return;
        }
        repository.setIoLink(scope, clusterId, null, null, null);
        audit.record(scope.username(), cluster.jurisdictionId(), "cluster", clusterId, "io-unlink", before.get(),
                null);
    }

    private static void requireWrite(TenantScope scope, long jurisdictionId) {
        if (!scope.canWrite(jurisdictionId)) {
            throw new NotFoundInScopeException("jurisdiction", jurisdictionId);
        }
    }
}
