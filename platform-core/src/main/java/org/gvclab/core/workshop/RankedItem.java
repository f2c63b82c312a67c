package org.gvclab.core.workshop;

/**
 * One strategy's place in the group's ranking (Borda count over the participants' rankings) or vote.
 *
 * @param itemId   the strategy id
 * @param points   Borda points summed over rankings, or the number of approvals in a vote
 * @param meanRank the mean 1-based position over the rankings (0 in a vote, which has none)
 * @param rank     the group rank by points, 1 = best; ties share the better rank
 */
public record RankedItem(String itemId, int points, double meanRank, int rank) {
}
