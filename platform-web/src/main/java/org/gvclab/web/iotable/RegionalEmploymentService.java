package org.gvclab.web.iotable;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.gvclab.core.io.regional.EmploymentCsv;
import org.gvclab.core.io.regional.EmploymentCsvException;
import org.gvclab.core.io.regional.RegionalEmployment;
import org.gvclab.web.audit.AuditLog;
import org.gvclab.web.base.NotFoundInScopeException;
import org.gvclab.web.base.UserFacingException;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterService;
import org.gvclab.web.security.CurrentUser;
import org.gvclab.web.security.TenantScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regional and national employment by sector for a cluster's IO link (issue 5): the upload of a CSV file
 * ({@link EmploymentCsv}: {@code sector,regional_employment,national_employment}, every sector of the linked table,
 * every problem reported with file, line and field, all or nothing), replacement and removal, each audited on the
 * cluster and scoped to the caller's jurisdictions. The strategy page turns the figures into FLQ-regionalised Type I
 * multipliers with an employment multiplier.
 */
@Service
public class RegionalEmploymentService {

    /** Largest file accepted (a few thousand sectors fit easily). */
    public static final int MAX_BYTES = 1 << 20;
    /** Longest source text (the column's size). */
    public static final int MAX_SOURCE = 500;

    private final RegionalEmploymentRepository repository;
    private final IoTableService tables;
    private final ClusterService clusters;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    RegionalEmploymentService(RegionalEmploymentRepository repository, IoTableService tables, ClusterService clusters,
                              CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.tables = tables;
        this.clusters = clusters;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The figures stored for a cluster, whatever link they were uploaded for (see
     * {@link StoredRegionalEmployment#matches(IoLink)}).
     *
     * @throws NotFoundInScopeException when the cluster is not in the caller's jurisdictions
     */
    @Transactional(readOnly = true)
    public Optional<StoredRegionalEmployment> of(long clusterId) {
        clusters.get(clusterId);
        return repository.find(currentUser.scope(), clusterId);
    }

    /** The figures for a link, when those stored were uploaded for its table content and region. */
    @Transactional(readOnly = true)
    public Optional<StoredRegionalEmployment> forLink(IoLink link) {
        return of(link.clusterId()).filter(e -> e.matches(link));
    }

    /** Whether the caller may upload or remove the figures of a cluster (those who may edit the cluster). */
    @Transactional(readOnly = true)
    public boolean canEdit(long clusterId) {
        return currentUser.scope().canWrite(clusters.get(clusterId).jurisdictionId());
    }

    /** A CSV file to fill in: the header and one line per sector of the cluster's linked table. */
    @Transactional(readOnly = true)
    public String template(long clusterId) {
        IoLink link = tables.linkOf(clusterId).orElseThrow(() -> new UserFacingException("regional.error.noLink"));
        return EmploymentCsv.template(tables.get(link.tableId()).sectors());
    }

    /**
     * Reads, checks and stores (or replaces) a cluster's figures for its current IO link; audited as an
     * {@code employment-upload} change of the cluster. Nothing is stored when anything is wrong.
     *
     * @param content   the CSV file
     * @param unitFactor how many units of the cluster's currency one money unit of the table is worth, &gt; 0
     * @param delta     FLQ's δ in [0, 1)
     * @param source    where the figures come from, not blank, at most {@link #MAX_SOURCE} characters
     * @throws EmploymentCsvException   with every problem of the file
     * @throws UserFacingException      when the cluster has no link, or the factor, δ, source or size is not acceptable
     * @throws NotFoundInScopeException when the caller may not edit the cluster
     */
    @Transactional
    public StoredRegionalEmployment upload(long clusterId, String fileName, byte[] content, double unitFactor,
                                           double delta, String source) {
        TenantScope scope = currentUser.scope();
        Cluster cluster = clusters.get(clusterId);
        if (!scope.canWrite(cluster.jurisdictionId())) {
            throw new NotFoundInScopeException("cluster", clusterId);
        }
        IoLink link = tables.linkOf(clusterId).orElseThrow(() -> new UserFacingException("regional.error.noLink"));
        if (content.length > MAX_BYTES) {
            throw new UserFacingException("regional.error.tooLarge", fileName, MAX_BYTES / 1024);
        }
        if (!Double.isFinite(unitFactor) || !(unitFactor > 0)) {
            throw new UserFacingException("regional.error.factor");
        }
        if (!(delta >= 0 && delta < 1)) {
            throw new UserFacingException("regional.error.delta");
        }
        String text = source.strip();
        if (text.isEmpty() || text.length() > MAX_SOURCE) {
            throw new UserFacingException("regional.error.source", MAX_SOURCE);
        }
        List<String> sectors = tables.get(link.tableId()).sectors();
        RegionalEmployment employment = EmploymentCsv.read(content, fileName, sectors, unitFactor);
        Optional<StoredRegionalEmployment> before = repository.find(scope, clusterId);
        repository.save(scope, clusterId, cluster.jurisdictionId(), link.checksum(), link.region(), employment, delta,
                text, fileName, scope.username(), OffsetDateTime.now(clock));
        StoredRegionalEmployment after = repository.find(scope, clusterId).orElseThrow();
        audit.record(scope.username(), cluster.jurisdictionId(), "cluster", clusterId, "employment-upload",
                before.map(AuditSnapshot::of).orElse(null), AuditSnapshot.of(after));
        return after;
    }

    /** Removes a cluster's figures (audited); nothing happens when it has none. */
    @Transactional
    public void remove(long clusterId) {
        TenantScope scope = currentUser.scope();
        Cluster cluster = clusters.get(clusterId);
        if (!scope.canWrite(cluster.jurisdictionId())) {
            throw new NotFoundInScopeException("cluster", clusterId);
        }
        Optional<StoredRegionalEmployment> before = repository.find(scope, clusterId);
        if (before.isPresent() && repository.delete(scope, clusterId)) {
            audit.record(scope.username(), cluster.jurisdictionId(), "cluster", clusterId, "employment-remove",
                    AuditSnapshot.of(before.get()), null);
        }
    }

    /** What the audit log keeps of an upload: where it came from and its totals, not every sector. */
    record AuditSnapshot(String tableChecksum, String region, int sectors, double regionalTotal, double nationalTotal,
                         double unitFactor, double delta, String source, String fileName, int version) {

        static AuditSnapshot of(StoredRegionalEmployment e) {
            return new AuditSnapshot(e.tableChecksum(), e.region(), e.sectorCount(), e.employment().regionalTotal(),
                    e.employment().nationalTotal(), e.employment().tableUnitInClusterUnits(), e.delta(), e.source(),
                    e.fileName(), e.version());
        }
    }
}
