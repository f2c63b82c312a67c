package org.gvclab.web.strategy;

import java.util.Optional;
import org.gvclab.core.strategy.RegionalMultipliers;
import org.springframework.stereotype.Service;

/**
 * Type I regional multipliers for a cluster's strategy projection, from the input-output table the cluster is
 * linked to. Until a cluster is linked to a table, the projection reports no regional effects.
 */
@Service
public class StrategyMultipliers {

    /** The multipliers of the cluster's linked region-sector, if it has a link. */
    public Optional<RegionalMultipliers> of(long clusterId) {
        return Optional.empty();
    }
}
