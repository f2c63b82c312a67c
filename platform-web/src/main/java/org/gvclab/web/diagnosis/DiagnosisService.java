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
import org.gvclab.web.benchmark.BenchmarkService;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterDataService;
import org.gvclab.web.cluster.ClusterService;
import org.gvclab.web.cluster.Questionnaires;
import org.gvclab.web.workshop.WorkshopService;
import org.gvclab.web.workshop.WorkshopWeights;
import org.gvclab.core.workshop.CriteriaSet;
import java.util.EnumMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Diagnoses clusters with the core's {@link Diagnosis} (METHODS.md §4): the stored yearly records, the
 * questionnaires and the current reference set. No formula lives here.
 */
@Service
public class DiagnosisService {

    private final ClusterService clusters;
    private final ClusterDataService data;
    private final BenchmarkService benchmarks;
    private final WorkshopService workshops;

    public DiagnosisService(ClusterService clusters, ClusterDataService data, BenchmarkService benchmarks,
                            WorkshopService workshops) {
        this.clusters = clusters;
        this.data = data;
        this.benchmarks = benchmarks;
        this.workshops = workshops;
    }

    /**
     * The weights of the five factors in the lock-in index: the group AHP weights of the cluster's latest closed
     * workshop that weighted the factors, or equal weights (an empty map) when there is none (METHODS.md §4).
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
                answers.architecture(), null, benchmarks.current(), factorWeights));
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

    /** The diagnosis of the latest year only (no trend), or empty when the cluster has no data yet. */
    @Transactional(readOnly = true)
    public Optional<DiagnosisResult> diagnoseLatest(long clusterId) {
        return inputs(clusterId).map(Diagnosis::diagnose);
    }
}
