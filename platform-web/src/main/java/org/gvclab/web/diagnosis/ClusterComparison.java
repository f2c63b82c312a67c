package org.gvclab.web.diagnosis;

import java.util.List;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.indicator.Group;
import org.gvclab.core.indicator.Uncertainty;
import org.gvclab.web.cluster.Cluster;
import org.jspecify.annotations.Nullable;

/**
 * The clusters a user may see, compared by their latest diagnosis: the lock-in index, the factor scores, and
 * where each cluster ranks when the composite is rebuilt under many weighting and normalisation choices
 * (median rank and 5–95 % rank band; rank 1 = least risk of low-end lock-in).
 *
 * @param factors  the factors every compared cluster has a score for (the composite uses these)
 * @param varied   what the uncertainty analysis varied
 * @param without  clusters left out because they have no data yet
 * @param rdEllisonGlaeser the Ellison–Glaeser index of R&amp;D staff over the compared clusters (one area each,
 *                 docs/model.md "Innovation agglomeration"), or null when a cluster lacks R&amp;D staff, employees or
 *                 firms
 */
public record ClusterComparison(List<Row> rows, List<Group> factors, List<LocalizedText> varied, int draws,
                                long seed, List<Cluster> without, @Nullable Double rdEllisonGlaeser) {

    public ClusterComparison {
        rows = List.copyOf(rows);
        factors = List.copyOf(factors);
        varied = List.copyOf(varied);
        without = List.copyOf(without);
    }

    /** One cluster's line: its diagnosis year, lock-in index, factor risks (in {@code factors} order) and ranks. */
    public record Row(Cluster cluster, int year, Double lockInIndex, List<Double> factorRisks,
                      Uncertainty.UnitRank rank) {
        public Row {
            factorRisks = List.copyOf(factorRisks);
        }
    }
}
