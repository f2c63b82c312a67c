package org.gvclab.web.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.core.indicator.Group;
import org.gvclab.core.paradox.Diagnosis;
import org.gvclab.core.paradox.DiagnosisInputs;
import org.gvclab.core.paradox.DiagnosisResult;
import org.gvclab.core.paradox.IoEvidence;
import org.gvclab.core.paradox.IoEvidenceReader;
import org.gvclab.core.io.decompose.IndicatorId;
import org.gvclab.core.io.model.IoModel;
import org.gvclab.core.io.decompose.IndicatorTable;
import org.gvclab.web.iotable.IoLink;
import org.gvclab.web.iotable.IoTableService;
import java.util.LinkedHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.gvclab.web.benchmark.BenchmarkService;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterDataService;
import org.gvclab.web.cluster.ClusterService;
import org.gvclab.web.cluster.Questionnaires;
import org.gvclab.web.workshop.WorkshopService;
import org.gvclab.web.workshop.WorkshopWeights;
import org.gvclab.core.workshop.CriteriaSet;
import java.util.EnumMap;
import org.gvclab.web.base.job.Job;
import org.gvclab.web.base.job.JobListener;
import org.gvclab.web.base.job.JobService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Diagnoses clusters with the core's {@link Diagnosis} (docs/model.md): the stored yearly records, the
 * questionnaires, the current reference set and, when the cluster is linked to a region-sector of an uploaded IO
 * table, the IO evidence of that region-sector. No formula lives here.
 *
 * <p>The IO evidence is read with {@link IoEvidenceReader} from the IO engine's cached output tables, once per
 * table content and link, and kept in memory; only the first diagnosis after a new link waits for the table (off the
 * UI thread is the caller's concern for large tables).
 */
@Service
public class DiagnosisService {

    private static final Logger log = LoggerFactory.getLogger(DiagnosisService.class);
    private static final int IO_CACHE_SIZE = 256;

    private final ClusterService clusters;
    private final ClusterDataService data;
    private final BenchmarkService benchmarks;
    private final WorkshopService workshops;
    private final IoTableService tables;
    private final Map<String, IoEvidence> ioCache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, IoEvidence> eldest) {
            return size() > IO_CACHE_SIZE;
        }
    };

    private final JobService jobs;

    public DiagnosisService(ClusterService clusters, ClusterDataService data, BenchmarkService benchmarks,
                            WorkshopService workshops, IoTableService tables, JobService jobs) {
        this.jobs = jobs;
        this.clusters = clusters;
        this.data = data;
        this.benchmarks = benchmarks;
        this.workshops = workshops;
        this.tables = tables;
    }

    /**
     * The IO evidence of the region-sector the cluster is linked to, or empty without a link (or when the table
     * yields none; the reason is logged). Computed once per table content and link, then from memory.
     */
    public Optional<IoEvidence> ioEvidence(long clusterId) {
        Optional<IoLink> link = tables.linkOf(clusterId);
        if (link.isEmpty()) {
            return Optional.empty();
        }
        IoLink l = link.get();
        String key = l.checksum() + "|" + l.region() + "|" + l.sector();
        synchronized (ioCache) {
            IoEvidence hit = ioCache.get(key);
            if (hit != null) {
                return Optional.of(hit);
            }
        }
        try {
            IoModel model = tables.model(l);
            Map<IndicatorId, IndicatorTable> outputs = new java.util.EnumMap<>(IndicatorId.class);
            for (IndicatorId id : IoEvidenceReader.tablesNeeded()) {
                outputs.put(id, tables.result(l.tableId(), id).join().table());
            }
            IndicatorTable smile = tables.smileCurve(l.tableId(), l.region(), l.sector()).join().table();
            IoEvidence e = IoEvidenceReader.from(model, l.region(), l.sector(), outputs::get, smile);
            synchronized (ioCache) {
                ioCache.put(key, e);
            }
            return Optional.of(e);
        } catch (RuntimeException e) {
            log.warn("No IO evidence for cluster {} from table {} ({}, {}): {}", clusterId, l.tableId(), l.region(),
                    l.sector(), e.toString());
            return Optional.empty();
        }
    }

    /**
     * The weights of the five driver factors: the group AHP weights of the cluster's latest closed workshop that
     * weighted the factors, or equal weights (an empty map) when there is none (docs/model.md, "Lock-in index").
     */
    @Transactional(readOnly = true)
    public Optional<WorkshopWeights> workshopFactorWeights(long clusterId) {
        return workshops.latestWeights(clusterId, CriteriaSet.FACTORS);
    }

    private static Map<Group, Double> asMap(Optional<WorkshopWeights> w) {
        Map<Group, Double> m = new EnumMap<>(Group.class);
        w.ifPresent(x -> x.byId().forEach((id, weight) -> m.put(Group.valueOf(id), weight)));
        return m;
    }

    /** The inputs of a cluster's diagnosis with the factor weights the diagnosis page uses. */
    @Transactional(readOnly = true)
    public Optional<DiagnosisInputs> inputs(long clusterId) {
        return inputs(clusterId, asMap(workshopFactorWeights(clusterId)));
    }

    /** The inputs of a cluster's diagnosis, or empty when it has no yearly record yet. */
    @Transactional(readOnly = true)
    public Optional<DiagnosisInputs> inputs(long clusterId, Map<Group, Double> factorWeights) {
        Cluster cluster = clusters.get(clusterId);
        List<YearlyRecord> records = data.records(clusterId);
        if (records.isEmpty()) {
            return Optional.empty();
        }
        Questionnaires answers = data.questionnaires(clusterId);
        return Optional.of(new DiagnosisInputs(records, cluster.currency(), answers.governance(),
                answers.architecture(), ioEvidence(clusterId).orElse(null), benchmarks.current(), factorWeights));
    }

    /**
     * The diagnosis, with the factor weights of the latest workshop that set them or equal weights, or empty when the
     * cluster has no data yet.
     */
    @Transactional(readOnly = true)
    public Optional<ClusterDiagnosis> diagnose(long clusterId) {
        Cluster cluster = clusters.get(clusterId);
        Optional<WorkshopWeights> weights = workshopFactorWeights(clusterId);
        return inputs(clusterId, asMap(weights)).map(inputs -> {
            List<DiagnosisResult> byYear = new ArrayList<>();
            List<YearlyRecord> records = inputs.records();
            for (int i = 1; i <= records.size(); i++) {
                byYear.add(Diagnosis.diagnose(inputs.withRecords(records.subList(0, i))));
            }
            return new ClusterDiagnosis(cluster, byYear.get(byYear.size() - 1), byYear, weights.orElse(null));
        });
    }

    /**
     * Starts {@link #diagnose} in the background (the diagnosis page shows its frame at once and the results when
     * they arrive: every year's diagnosis with its uncertainty band and, on first use of a linked table, its IO
     * evidence take longer than a page may wait).
     */
    public Job<Optional<ClusterDiagnosis>> startDiagnosis(long clusterId) {
        clusters.get(clusterId); // the caller's scope decides, before any work is queued
        return jobs.start("diagnosis of cluster " + clusterId, context -> diagnose(clusterId), JobListener.NONE);
    }

    /** The diagnosis of the latest year only (no trend), or empty when the cluster has no data yet. */
    @Transactional(readOnly = true)
    public Optional<DiagnosisResult> diagnoseLatest(long clusterId) {
        return inputs(clusterId).map(Diagnosis::diagnose);
    }
}
