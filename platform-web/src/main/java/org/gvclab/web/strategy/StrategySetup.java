package org.gvclab.web.strategy;

import java.util.List;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.strategy.ClusterBaseline;
import org.gvclab.core.strategy.Outcome;
import org.jspecify.annotations.Nullable;

/**
 * What the strategy page of a cluster starts from, read once when it opens.
 *
 * @param clusterId       the cluster
 * @param baseline        the projection's starting point, or null when the cluster has no data or lacks a field
 * @param missing         what the baseline lacks, when that is why it is null
 * @param saved           the cluster's saved scenarios
 * @param workshop        the AHP weights of the cluster's latest closed workshop on the outcome criteria, if any
 * @param regionalOffered the regional outcomes offered as extra criteria (empty without an IO link; jobs only with
 *                        regional employment data)
 */
public record StrategySetup(long clusterId, @Nullable ClusterBaseline baseline, @Nullable LocalizedText missing,
                            List<SavedScenario> saved, WorkshopWeighting.@Nullable Choice workshop,
                            List<Outcome> regionalOffered) {

    public StrategySetup {
        saved = List.copyOf(saved);
        regionalOffered = List.copyOf(regionalOffered);
    }
}
