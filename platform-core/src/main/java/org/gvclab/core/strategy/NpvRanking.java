package org.gvclab.core.strategy;

import java.util.List;

/**
 * The strategies ranked on their net present value against the status quo at the horizon (docs/model.md, "Net
 * present value"): discounted value-added gain net of the discounted fiscal cost, weighted by the cost of public
 * funds. Shown alongside the TOPSIS ranking.
 *
 * @param strategies    one entry per strategy, in the scenario's order
 * @param discountRate  the discount rate of the nominal run, % a year
 * @param publicFundsCost the cost of public funds of the nominal run (× each unit of budget)
 */
public record NpvRanking(List<Entry> strategies, double discountRate, double publicFundsCost) {

    /**
     * One strategy's NPV, in the cluster's currency unit at base-year prices.
     *
     * @param strategyId the strategy
     * @param p10        10th percentile over the Monte Carlo draws
     * @param p50        median; the rank follows it
     * @param p90        90th percentile
     * @param rank       1 = highest median NPV (ties share the smaller rank)
     * @param bestShare  the share of draws in which it has the highest NPV (a tie shares the draw), 0–1
     */
    public record Entry(String strategyId, double p10, double p50, double p90, int rank, double bestShare) {

        /** The median NPV to show (money in the cluster's currency unit). */
        public org.gvclab.core.base.Num median() {
            return org.gvclab.core.base.Num.money(p50);
        }

        /** The share of draws with the highest NPV, to show. */
        public org.gvclab.core.base.Num best() {
            return org.gvclab.core.base.Num.share(bestShare);
        }
    }

    public NpvRanking {
        strategies = List.copyOf(strategies);
    }

    /** The entry of a strategy. */
    public Entry of(String strategyId) {
        return strategies.stream().filter(e -> e.strategyId().equals(strategyId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no strategy " + strategyId + " in this ranking"));
    }
}
