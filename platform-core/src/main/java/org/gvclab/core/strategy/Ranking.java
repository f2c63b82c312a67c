package org.gvclab.core.strategy;

import java.util.List;
import org.gvclab.core.base.LocalizedText;

/**
 * The TOPSIS ranking of the strategies over outcomes at the horizon, with its stability over the draws.
 *
 * @param criteria   the outcomes ranked on
 * @param weights    their weights, in the same order, adding up to 1
 * @param weighting  how the weights were set
 * @param basis      levels or changes from the status quo
 * @param strategies one entry per strategy, in the scenario's order
 * @param notes      e.g. criteria left out because every strategy scores zero on them
 */
public record Ranking(List<Outcome> criteria, List<Double> weights, Weighting weighting, RankingBasis basis,
                      List<RankedStrategy> strategies,
                      List<LocalizedText> notes) {

    public Ranking {
        criteria = List.copyOf(criteria);
        weights = List.copyOf(weights);
        strategies = List.copyOf(strategies);
        notes = List.copyOf(notes);
    }
}
