package org.gvclab.web.diagnosis;

import java.util.List;
import org.gvclab.core.paradox.DiagnosisResult;
import org.gvclab.web.cluster.Cluster;

/**
 * A cluster's diagnosis for its latest year, and the diagnosis of every earlier year (each from the records up to
 * that year) for the trend of the lock-in index.
 */
public record ClusterDiagnosis(Cluster cluster, DiagnosisResult latest, List<DiagnosisResult> byYear) {

    public ClusterDiagnosis {
        byYear = List.copyOf(byYear);
    }
}
