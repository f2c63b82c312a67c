package org.gvclab.web.diagnosis;

import java.util.List;
import org.gvclab.core.paradox.DiagnosisResult;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.workshop.WorkshopWeights;
import org.jspecify.annotations.Nullable;

/**
 * A cluster's diagnosis for its latest year, and the diagnosis of every earlier year (each from the records up to
 * that year) for the trend of the lock-in index.
 *
 * @param factorWeightsFrom the workshop whose AHP weights weigh the factors, or null for equal weights
 */
public record ClusterDiagnosis(Cluster cluster, DiagnosisResult latest, List<DiagnosisResult> byYear,
                               @Nullable WorkshopWeights factorWeightsFrom) {

    public ClusterDiagnosis {
        byYear = List.copyOf(byYear);
    }
}
