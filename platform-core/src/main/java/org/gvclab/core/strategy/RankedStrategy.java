package org.gvclab.core.strategy;

/**
 * One strategy's place in the ranking.
 *
 * @param strategyId the strategy
 * @param closeness  TOPSIS closeness {@code C = D− / (D+ + D−)} of its median (P50) outcomes at the horizon
 *                   (levels, or changes from the status quo, per the ranking's basis)
 * @param rank       1 = best by that closeness (ties share the smaller rank)
 * @param firstShare rank stability: the share of Monte Carlo draws in which it ranks first (a tie for first
 *                   shares the draw equally), 0–1
 */
public record RankedStrategy(String strategyId, double closeness, int rank, double firstShare) {
}
