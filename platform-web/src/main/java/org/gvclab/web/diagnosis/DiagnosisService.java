package org.gvclab.web.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.core.indicator.Group;
import org.gvclab.core.paradox.BenchmarkSet;
import org.gvclab.core.paradox.Diagnosis;
import org.gvclab.core.paradox.DiagnosisInputs;
import org.gvclab.core.paradox.DiagnosisResult;
import org.gvclab.web.benchmark.BenchmarkService;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterDataService;
import org.gvclab.web.cluster.ClusterService;
import org.gvclab.web.cluster.Questionnaires;
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

    public DiagnosisService(ClusterService clusters, ClusterDataService data, BenchmarkService benchmarks) {
        this.clusters = clusters;
        this.data = data;
        this.benchmarks = benchmarks;
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

    /** The diagnosis with equal factor weights, or empty when the cluster has no data yet. */
    @Transactional(readOnly = true)
    public Optional<ClusterDiagnosis> diagnose(long clusterId) {
        return diagnose(clusterId, Map.of());
    }

    /** The diagnosis with the given factor weights (empty map: equal weights). */
    @Transactional(readOnly = true)
    public Optional<ClusterDiagnosis> diagnose(long clusterId, Map<Group, Double> factorWeights) {
        Cluster cluster = clusters.get(clusterId);
        return inputs(clusterId, factorWeights).map(inputs -> {
            List<DiagnosisResult> byYear = new ArrayList<>();
            List<YearlyRecord> records = inputs.records();
            for (int i = 1; i <= records.size(); i++) {
                byYear.add(Diagnosis.diagnose(inputs.withRecords(records.subList(0, i))));
            }
            return new ClusterDiagnosis(cluster, byYear.get(byYear.size() - 1), byYear);
        });
    }

    /** The reference set in use, for showing where comparisons come from. */
    @Transactional(readOnly = true)
    public BenchmarkSet benchmarks() {
        return benchmarks.current();
    }
}
