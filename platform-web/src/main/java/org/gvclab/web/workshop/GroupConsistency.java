package org.gvclab.web.workshop;

import org.gvclab.core.workshop.CriteriaSet;

/**
 * The consistency of one AHP activity's group weights, for the facilitator's and the projector's warnings.
 *
 * @param activityId  the activity
 * @param set         the criteria set it weighs (factor groups: the lock-in drivers; outcomes: the strategy ranking)
 * @param cr          the group's consistency ratio
 * @param consistent  whether CR is below 0.10
 * @param applied     whether the weights are (or, while the workshop runs and they are consistent, will be) applied
 */
public record GroupConsistency(long activityId, CriteriaSet set, double cr, boolean consistent, boolean applied) {
}
