package org.gvclab.web.cluster;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.gvclab.web.security.TenantScope;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/**
 * The cluster store for other packages' tests (the repository itself is package-private): clusters and their IO
 * links written and read straight in a test database.
 */
public final class ClusterFixtures {

    private final ClusterRepository repository;

    public ClusterFixtures(DSLContext dsl) {
        this.repository = new ClusterRepository(dsl);
    }

    public long insert(TenantScope scope, ClusterDraft draft, OffsetDateTime now) {
        return repository.insert(scope, draft, now);
    }

    public List<Cluster> findAll(TenantScope scope) {
        return repository.findAll(scope);
    }

    public Optional<Cluster> findById(TenantScope scope, long id) {
        return repository.findById(scope, id);
    }

    public Optional<ClusterIoLink> findIoLink(TenantScope scope, long clusterId) {
        return repository.findIoLink(scope, clusterId);
    }

    public List<ClusterIoLink> findIoLinks(TenantScope scope, long tableId) {
        return repository.findIoLinks(scope, tableId);
    }

    public void setIoLink(TenantScope scope, long clusterId, @Nullable Long tableId, @Nullable String region,
                          @Nullable String sector) {
        repository.setIoLink(scope, clusterId, tableId, region, sector);
    }
}
