package org.gvclab.core.workshop;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How the participants scored one factor: the count of each score 1–7, their number, mean, median and sample
 * standard deviation.
 *
 * @param factorId the factor
 * @param counts   seven counts: how many gave 1, 2, …, 7
 * @param n        the number of scores
 * @param mean     the arithmetic mean, null without scores
 * @param median   the median (mean of the two middle scores for even n), null without scores
 * @param sd       the sample standard deviation {@code sqrt(Σ (x − mean)² / (n − 1))}, null for fewer than two scores
 * @param comments the comments given for this factor, in submission order
 */
public record ScoreDistribution(String factorId, List<Integer> counts, int n, @Nullable Double mean,
                                @Nullable Double median, @Nullable Double sd, List<String> comments) {

    public ScoreDistribution {
        counts = List.copyOf(counts);
        comments = List.copyOf(comments);
        if (counts.size() != FactorScores.MAX) {
            throw new IllegalArgumentException("factor " + factorId + ": " + counts.size() + " counts, expected 7");
        }
    }
}
