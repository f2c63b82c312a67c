package org.gvclab.web.workshop;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gvclab.core.workshop.CriteriaSet;
import org.gvclab.core.workshop.GroupWeights;

/**
 * A closed workshop's group AHP weights over one criteria set, for the strategy ranking (outcome criteria) or the
 * diagnosis (factor groups).
 *
 * @param workshopId the workshop they come from
 * @param title      its title
 * @param closedAt   when it closed
 * @param set        the criteria set
 * @param weights    the group weights with their consistency (CR) and number of members
 */
public record WorkshopWeights(long workshopId, String title, Instant closedAt, CriteriaSet set, GroupWeights weights) {

    /** Weight by criterion id, in the set's order (ids of {@link CriteriaSet#ids()}). */
    public Map<String, Double> byId() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < weights.criterionIds().size(); i++) {
            m.put(weights.criterionIds().get(i), weights.weights().get(i));
        }
        return m;
    }
}
