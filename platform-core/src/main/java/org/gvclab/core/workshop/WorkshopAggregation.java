package org.gvclab.core.workshop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.gvclab.core.indicator.Ahp;
import org.gvclab.core.indicator.Composite;
import org.gvclab.core.indicator.RankAggregation;

/**
 * The group's view of each activity (docs/model.md, "Composite indices"): score distributions per factor; group AHP weights by the
 * element-wise geometric mean of the members' matrices (Aczél &amp; Saaty 1983) with the group's consistency ratio;
 * the strategy ranking by Borda count (de Borda 1781) with mean ranks; approval votes counted.
 */
public final class WorkshopAggregation {

    private WorkshopAggregation() {
    }

    /**
     * Aggregates the submissions to one activity.
     *
     * @throws InvalidSubmissionException when a submission is of another kind or does not fit the activity
     */
    public static ActivityResult aggregate(Activity activity, List<? extends Submission> submissions) {
        List<String> ids = activity.itemIds();
        for (Submission s : submissions) {
            if (s.kind() != activity.kind()) {
                throw new InvalidSubmissionException("activity " + activity.position() + " (" + activity.kind()
                        + ") received a " + s.kind() + " submission");
            }
            s.validate(ids);
        }
        int m = submissions.size();
        return switch (activity.kind()) {
            case FACTOR_SCORING -> new ActivityResult.Scoring(activity.id(), activity.position(), activity.items(), m,
                    ids.stream().map(id -> distribution(id, submissions.stream().map(s -> (FactorScores) s).toList()))
                            .toList());
            case AHP -> new ActivityResult.Weighting(activity.id(), activity.position(), activity.criteriaSet(),
                    activity.items(), m, m == 0 ? null
                    : groupWeights(ids, submissions.stream().map(s -> (PairwiseJudgements) s).toList()));
            case STRATEGY_RANKING -> new ActivityResult.Ranking(activity.id(), activity.position(), activity.items(), m,
                    borda(ids, submissions.stream().map(s -> (StrategyRanking) s).toList()));
            case STRATEGY_VOTE -> new ActivityResult.Vote(activity.id(), activity.position(), activity.items(), m,
                    approvals(ids, submissions.stream().map(s -> (StrategyVote) s).toList()));
        };
    }

    /**
     * The distribution of one factor's scores: counts of 1…7, mean {@code Σx/n}, median, sample standard deviation
     * {@code sqrt(Σ(x − mean)²/(n − 1))}.
     */
    public static ScoreDistribution distribution(String factorId, List<FactorScores> submissions) {
        int[] counts = new int[FactorScores.MAX];
        List<Integer> xs = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        for (FactorScores s : submissions) {
            Integer x = s.scores().get(factorId);
            if (x == null) {
                throw new InvalidSubmissionException("factor " + factorId + " has no score");
            }
            counts[x - FactorScores.MIN]++;
            xs.add(x);
            String c = s.comments().get(factorId);
            if (c != null) {
                comments.add(c);
            }
        }
        int n = xs.size();
        Double mean = null;
        Double median = null;
        Double sd = null;
        if (n > 0) {
            double sum = 0;
            for (int x : xs) {
                sum += x;
            }
            mean = sum / n;
            int[] sorted = xs.stream().mapToInt(Integer::intValue).sorted().toArray();
            median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
            if (n > 1) {
                double ss = 0;
                for (int x : xs) {
                    ss += (x - mean) * (x - mean);
                }
                sd = Math.sqrt(ss / (n - 1));
            }
        }
        return new ScoreDistribution(factorId, Arrays.stream(counts).boxed().toList(), n, mean, median, sd, comments);
    }

    /**
     * Group AHP: {@code g_ij = (Π_k a_ij^(k))^(1/m)} over the m members, then the principal eigenvector of G, λmax,
     * CI and CR ({@link Ahp#group}); also counts the members whose own CR is 0.10 or more.
     */
    public static GroupWeights groupWeights(List<String> criterionIds, List<PairwiseJudgements> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("group weights need at least one member's judgements");
        }
        List<double[][]> matrices = new ArrayList<>();
        int inconsistent = 0;
        for (int k = 0; k < members.size(); k++) {
            PairwiseJudgements p = members.get(k);
            p.validate(criterionIds);
            double[][] a = p.matrix();
            matrices.add(a);
            if (!Ahp.of(a).consistent()) {
                inconsistent++;
            }
        }
        Ahp.Result g = Ahp.group(matrices);
        GroupWeights.Revisit revisit = g.revisit() == null ? null : new GroupWeights.Revisit(g.revisit().row(),
                g.revisit().column(), g.revisit().current(), g.revisit().suggested());
        return new GroupWeights(criterionIds, Arrays.stream(g.weights()).boxed().toList(), g.lambdaMax(), g.ci(),
                g.cr(), members.size(), inconsistent, revisit,
                Arrays.stream(g.matrix()).map(row -> Arrays.stream(row).boxed().toList()).toList());
    }

    /** Borda count and mean rank ({@link RankAggregation#aggregate}), best first; empty without rankings. */
    public static List<RankedItem> borda(List<String> items, List<StrategyRanking> rankings) {
        if (rankings.isEmpty()) {
            return List.of();
        }
        List<RankedItem> out = new ArrayList<>();
        for (RankAggregation.Aggregate a : RankAggregation.aggregate(items,
                rankings.stream().map(StrategyRanking::order).toList())) {
            out.add(new RankedItem(a.item(), a.borda(), a.meanRank(), a.rank()));
        }
        return sortByRank(out, items);
    }

    /** Approval voting: each strategy's number of approvals, most approved first; empty without votes. */
    public static List<RankedItem> approvals(List<String> items, List<StrategyVote> votes) {
        if (votes.isEmpty()) {
            return List.of();
        }
        double[] count = new double[items.size()];
        for (StrategyVote v : votes) {
            for (String id : v.approved()) {
                int i = items.indexOf(id);
                if (i < 0) {
                    throw new InvalidSubmissionException("unknown strategy " + id);
                }
                count[i]++;
            }
        }
        int[] ranks = Composite.ranks(count);
        List<RankedItem> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add(new RankedItem(items.get(i), (int) count[i], 0, ranks[i]));
        }
        return sortByRank(out, items);
    }

    private static List<RankedItem> sortByRank(List<RankedItem> items, List<String> order) {
        return items.stream().sorted(Comparator.comparingInt(RankedItem::rank)
                .thenComparingInt(r -> order.indexOf(r.itemId()))).toList();
    }
}
