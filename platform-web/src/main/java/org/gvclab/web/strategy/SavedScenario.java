package org.gvclab.web.strategy;

import java.time.OffsetDateTime;
import org.gvclab.core.strategy.Scenario;

/** A scenario saved for a cluster; running it again gives exactly the same result. */
public record SavedScenario(long id, long clusterId, Scenario scenario, String createdBy, OffsetDateTime createdAt) {
}
