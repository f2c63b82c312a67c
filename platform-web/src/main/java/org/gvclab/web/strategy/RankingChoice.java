package org.gvclab.web.strategy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gvclab.core.strategy.Outcome;
import org.gvclab.core.strategy.Weighting;

/**
 * How the user wants the strategies ranked, as the scenario form holds it: the scenario's own criteria, the
 * regional criteria chosen on top (offered only with an IO link), the kind of weighting and the weights typed for a
 * manual one. {@link StrategyComparisonService#ranking} turns it into criteria and weights.
 *
 * @param baseCriteria     the scenario's non-regional ranking criteria
 * @param regionalCriteria the regional outcomes chosen as extra criteria
 * @param weighting        equal, manual, or the AHP weights of the cluster's latest workshop
 * @param manualWeights    the weights typed per criterion (used when {@code weighting} is manual; missing is 0)
 */
public record RankingChoice(List<Outcome> baseCriteria, Set<Outcome> regionalCriteria, Weighting.Kind weighting,
                            Map<Outcome, Double> manualWeights) {

    public RankingChoice {
        baseCriteria = List.copyOf(baseCriteria);
        regionalCriteria = Set.copyOf(regionalCriteria);
        manualWeights = Map.copyOf(manualWeights);
    }

    /** The criteria as entered: the scenario's, then the regional ones chosen, in the outcomes' order. */
    public List<Outcome> criteria() {
        List<Outcome> c = new ArrayList<>(baseCriteria);
        for (Outcome o : Outcome.values()) {
            if (o.regional() && regionalCriteria.contains(o)) {
                c.add(o);
            }
        }
        return List.copyOf(c);
    }

    /** The typed weights of {@code criteria}, 0 where nothing was typed. */
    Map<Outcome, Double> weightsOf(List<Outcome> criteria) {
        Map<Outcome, Double> w = new EnumMap<>(Outcome.class);
        for (Outcome o : criteria) {
            w.put(o, manualWeights.getOrDefault(o, 0.0));
        }
        return w;
    }
}
