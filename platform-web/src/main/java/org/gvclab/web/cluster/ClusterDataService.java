package org.gvclab.web.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gvclab.core.cluster.CsvRecords;
import org.gvclab.core.cluster.ExcelTemplate;
import org.gvclab.core.cluster.ImportPreview;
import org.gvclab.core.cluster.RecordProblem;
import org.gvclab.core.cluster.RecordValidator;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.web.audit.AuditLog;
import org.gvclab.web.base.NotFoundInScopeException;
import org.gvclab.web.base.StaleDataException;
import org.gvclab.web.base.UserFacingException;
import org.gvclab.web.security.CurrentUser;
import org.gvclab.web.security.TenantScope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cluster's yearly data and questionnaires. Every write is validated by the core's record validator, checked
 * against the caller's scope, protected by optimistic locking, audited, and all-or-nothing: a rejected form or a
 * failed import leaves the stored data exactly as it was.
 */
@Service
public class ClusterDataService {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ClusterDataService.class);

    private final ClusterRepository clusters;
    private final ClusterDataRepository data;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    public ClusterDataService(ClusterRepository clusters, ClusterDataRepository data, CurrentUser currentUser,
                              AuditLog audit, Clock clock) {
        this.clusters = clusters;
        this.data = data;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** All stored years of a cluster, oldest first. */
    @Transactional(readOnly = true)
    public List<StoredYear> years(long clusterId) {
        TenantScope scope = currentUser.scope();
        requireCluster(scope, clusterId);
        return data.years(scope, clusterId);
    }

    /**
     * Reads an uploaded CSV ({@code .csv}) or Excel template into a preview with every problem by sheet, row and
     * column; nothing is stored.
     */
    public ImportPreview preview(String fileName, InputStream in) throws IOException {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? CsvRecords.read(in, fileName)
                : ExcelTemplate.read(in, fileName);
    }

    /** Writes the Excel template of a cluster, its stored years filled in. */
    @Transactional(readOnly = true)
    public void writeTemplate(Cluster cluster, OutputStream out) throws IOException {
        ExcelTemplate.write(out, cluster.currency(), records(cluster.id()));
    }

    /** Writes a cluster's stored years as CSV. */
    @Transactional(readOnly = true)
    public void writeCsv(Cluster cluster, OutputStream out) throws IOException {
        CsvRecords.write(out, records(cluster.id()));
    }

    /** The problems of a record by the core's consistency rules (errors block saving, warnings do not). */
    public List<RecordProblem> check(YearlyRecord record) {
        return RecordValidator.validate(record);
    }

    /** The records alone, oldest first, as the diagnosis takes them. */
    @Transactional(readOnly = true)
    public List<YearlyRecord> records(long clusterId) {
        return years(clusterId).stream().map(StoredYear::record).toList();
    }

    /**
     * A fingerprint of a cluster's stored data (the cluster's version and IO link, years with their versions,
     * questionnaire version): it changes
     * whenever anything a computation reads changes, so that cached results can be reused until then.
     */
    @Transactional(readOnly = true)
    public String fingerprint(long clusterId) {
        TenantScope scope = currentUser.scope();
        Cluster cluster = requireCluster(scope, clusterId);
        // the cluster's own version (names, currency) and its IO link are read by computations too
        StringBuilder sb = new StringBuilder("c").append(cluster.version()).append(';');
        clusters.findIoLink(scope, clusterId).ifPresent(l -> sb.append("io").append(l.tableId()).append('/')
                .append(l.region()).append('/').append(l.sector()).append(';'));
        data.years(scope, clusterId).forEach(y -> sb.append(y.year()).append(':').append(y.version()).append(','));
        return sb.append("q").append(data.questionnaires(scope, clusterId).version()).toString();
    }

    /** The number of stored years of each visible cluster. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> yearCounts() {
        return data.yearCounts(currentUser.scope());
    }

    /**
     * Saves one year entered in the form.
     *
     * @param expectedVersion the version the user started from, or null for a year that did not exist then
     * @throws RecordRejectedException when the record has errors (every problem is listed)
     * @throws YearConflictException   when someone else saved this year in the meantime
     */
    @Transactional
    public StoredYear saveYear(long clusterId, YearlyRecord record, @Nullable Integer expectedVersion) {
        TenantScope scope = currentUser.scope();
        Cluster cluster = requireCluster(scope, clusterId);
        List<RecordProblem> problems = RecordValidator.validate(record);
        if (RecordValidator.hasErrors(problems)) {
            throw new RecordRejectedException(problems);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<StoredYear> before = data.year(scope, clusterId, record.year());
        if (expectedVersion == null) {
            if (before.isPresent()) {
                throw new YearConflictException(clusterId, record.year(), before.get());
            }
            data.insertYear(scope, cluster, record, now);
        } else if (!data.updateYear(scope, clusterId, record, expectedVersion, now, scope.username())) {
            throw new YearConflictException(clusterId, record.year(), before.orElse(null));
        }
        StoredYear after = data.year(scope, clusterId, record.year()).orElseThrow();
        audit.record(scope.username(), cluster.jurisdictionId(), "cluster_year", clusterId + ":" + record.year(),
                before.isPresent() ? "update" : "create", before.map(StoredYear::record).orElse(null), record);
        return after;
    }

    @Transactional
    public void deleteYear(long clusterId, StoredYear year) {
        TenantScope scope = currentUser.scope();
        Cluster cluster = requireCluster(scope, clusterId);
        if (!data.deleteYear(scope, clusterId, year.year(), year.version())) {
            throw new YearConflictException(clusterId, year.year(), data.year(scope, clusterId, year.year())
                    .orElse(null));
        }
        audit.record(scope.username(), cluster.jurisdictionId(), "cluster_year", clusterId + ":" + year.year(),
                "delete", year.record(), null);
    }

    /**
     * Saves every record of an import preview, replacing years that exist: all of them or, if anything is wrong,
     * none.
     *
     * @return the years that replaced stored ones
     */
    @Transactional
    public List<Integer> importRecords(long clusterId, ImportPreview preview) {
        TenantScope scope = currentUser.scope();
        Cluster cluster = requireCluster(scope, clusterId);
        if (!preview.canSave() || preview.records().isEmpty()) {
            throw new UserFacingException("data.import.refused");
        }
        List<RecordProblem> problems = RecordValidator.validateAll(preview.records());
        if (RecordValidator.hasErrors(problems)) {
            throw new RecordRejectedException(problems);
        }
        log.info("Importing {} year(s) into cluster {} in one transaction", preview.records().size(), clusterId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Integer> replaced = new ArrayList<>();
        for (YearlyRecord record : preview.records()) {
            Optional<StoredYear> before = data.year(scope, clusterId, record.year());
            if (before.isPresent()) {
                if (!data.updateYear(scope, clusterId, record, before.get().version(), now, scope.username())) {
                    throw new YearConflictException(clusterId, record.year(), null);
                }
                replaced.add(record.year());
            } else {
                data.insertYear(scope, cluster, record, now);
            }
            audit.record(scope.username(), cluster.jurisdictionId(), "cluster_year", clusterId + ":" + record.year(),
                    before.isPresent() ? "import-replace" : "import", before.map(StoredYear::record).orElse(null),
                    record);
        }
        return replaced;
    }

    @Transactional(readOnly = true)
    public Questionnaires questionnaires(long clusterId) {
        TenantScope scope = currentUser.scope();
        requireCluster(scope, clusterId);
        return data.questionnaires(scope, clusterId);
    }

    /** Saves the questionnaires; refused if someone else saved them since {@code answers.version()}. */
    @Transactional
    public Questionnaires saveQuestionnaires(long clusterId, Questionnaires answers) {
        TenantScope scope = currentUser.scope();
        Cluster cluster = requireCluster(scope, clusterId);
        Questionnaires before = data.questionnaires(scope, clusterId);
        if (!data.saveQuestionnaires(scope, cluster, answers, OffsetDateTime.now(clock), scope.username())) {
            throw new StaleDataException("questionnaires of cluster", clusterId);
        }
        audit.record(scope.username(), cluster.jurisdictionId(), "cluster_questionnaire", clusterId, "update",
                before, answers);
        return data.questionnaires(scope, clusterId);
    }

    private Cluster requireCluster(TenantScope scope, long clusterId) {
        return clusters.findById(scope, clusterId).orElseThrow(() -> new NotFoundInScopeException("cluster", clusterId));
    }
}
