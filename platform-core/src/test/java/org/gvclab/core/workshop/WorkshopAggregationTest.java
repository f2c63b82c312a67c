package org.gvclab.core.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkshopAggregationTest {

    private static final List<String> ABC = List.of("a", "b", "c");

    private static double[] unbox(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static PairwiseJudgements judgements(double a12, double a13, double a23) {
        return new PairwiseJudgements(List.of(a12, a13, a23));
    }

    @Test
    void factor_score_distribution_matches_a_hand_count() {
        // scores of one factor by five participants: 2, 5, 5, 6, 7
        // counts: one 2, two 5, one 6, one 7; mean = 25/5 = 5; median = 5;
        // squared deviations 9 + 0 + 0 + 1 + 4 = 14 → sd = sqrt(14/4) = 1.8708
        List<FactorScores> submissions = new ArrayList<>();
        for (int x : new int[] {2, 5, 5, 6, 7}) {
            submissions.add(new FactorScores(Map.of("TECHNOLOGY_GAP", x), Map.of()));
        }
        submissions.set(1, new FactorScores(Map.of("TECHNOLOGY_GAP", 5), Map.of("TECHNOLOGY_GAP", " few R&D staff ")));

        ScoreDistribution d = WorkshopAggregation.distribution("TECHNOLOGY_GAP", submissions);

        assertThat(d.counts()).containsExactly(0, 1, 0, 0, 2, 1, 1);
        assertThat(d.n()).isEqualTo(5);
        assertThat(d.mean()).isEqualTo(5.0);
        assertThat(d.median()).isEqualTo(5.0);
        assertThat(d.sd()).isCloseTo(Math.sqrt(14.0 / 4), within(1e-12)).isCloseTo(1.8708, within(5e-5));
        assertThat(d.comments()).containsExactly("few R&D staff");
    }

    @Test
    void an_even_number_of_scores_has_the_mean_of_the_middle_two_as_median_and_one_score_has_no_spread() {
        List<FactorScores> four = List.of(1, 3, 4, 7).stream()
                .map(x -> new FactorScores(Map.of("f", x), Map.of())).toList();
        assertThat(WorkshopAggregation.distribution("f", four).median()).isEqualTo(3.5);
        ScoreDistribution one = WorkshopAggregation.distribution("f", four.subList(0, 1));
        assertThat(one.sd()).isNull();
        assertThat(WorkshopAggregation.distribution("f", List.of()).mean()).isNull();
    }

    /**
     * Hand calculation, three members and three criteria. Group matrix by element-wise geometric mean (Aczél &amp;
     * Saaty 1983): g12 = (2·4·1)^(1/3) = 2, g13 = (6·3·9)^(1/3) = 162^(1/3) = 5.45136, g23 = (3·½·5)^(1/3) =
     * 7.5^(1/3) = 1.95743. For n = 3 the principal eigenvector equals the normalised row geometric means (Crawford &amp;
     * Williams 1985): r = (2·5.45136)^(1/3) = 2.21740, (1.95743/2)^(1/3) = 0.99285, (1/(5.45136·1.95743))^(1/3) =
     * 0.45422 → w = (0.60511, 0.27094, 0.12395). λmax of a 3×3 reciprocal matrix = 1 + δ^(1/3) + δ^(−1/3), δ =
     * g13/(g12·g23) = 1.39251 → λmax = 3.01219; CI = (λmax − 3)/2 = 0.006096; CR = CI/0.58 = 0.01051.
     */
    @Test
    void group_ahp_weights_and_consistency_match_a_hand_calculation() {
        GroupWeights g = WorkshopAggregation.groupWeights(ABC, List.of(
                judgements(2, 6, 3), judgements(4, 3, 0.5), judgements(1, 9, 5)));

        assertThat(unbox(g.groupMatrix().get(0))).containsExactly(new double[] {1, 2, 5.45136}, within(5e-6));
        assertThat(g.groupMatrix().get(1).get(2)).isCloseTo(1.95743, within(5e-6));
        assertThat(g.groupMatrix().get(2).get(0)).isCloseTo(1 / 5.45136, within(5e-6));
        assertThat(unbox(g.weights())).containsExactly(new double[] {0.60511, 0.27094, 0.12395}, within(5e-6));
        assertThat(g.lambdaMax()).isCloseTo(3.01219, within(5e-6));
        assertThat(g.ci()).isCloseTo(0.006096, within(5e-7));
        assertThat(g.cr()).isCloseTo(0.01051, within(5e-6));
        assertThat(g.consistent()).isTrue();
        assertThat(g.revisit()).isNull();
        assertThat(g.members()).isEqualTo(3);
        // member 3: δ = 9/(1·5) = 1.8 → λ = 1 + 1.8^(1/3) + 1.8^(−1/3) = 3.0385, CR = 0.0332: all consistent
        assertThat(g.inconsistentMembers()).isZero();
        assertThat(g.weight("a")).isCloseTo(0.60511, within(5e-6));
    }

    /**
     * Two members whose judgements disagree in a circle: g12 = √(4·2) = 2.82843, g13 = √(½·1) = 0.70711, g23 =
     * √(5·3) = 3.87298; δ = 0.70711/(2.82843·3.87298) = 0.064550 → λmax = 1 + 0.40114 + 2.49288 = 3.89402,
     * CI = 0.44701, CR = 0.77071 ≥ 0.10, so the group is told which judgement to revisit.
     */
    @Test
    void an_inconsistent_group_gets_its_consistency_ratio_and_a_judgement_to_revisit() {
        GroupWeights g = WorkshopAggregation.groupWeights(ABC, List.of(judgements(4, 0.5, 5), judgements(2, 1, 3)));

        assertThat(g.lambdaMax()).isCloseTo(3.89402, within(5e-5));
        assertThat(g.cr()).isCloseTo(0.77071, within(5e-5));
        assertThat(g.consistent()).isFalse();
        assertThat(g.inconsistentMembers()).isEqualTo(2);
        assertThat(g.revisit()).isNotNull();
    }

    /**
     * The Borda count's textbook example (the Tennessee capital vote, e.g. Wikipedia "Borda count"): 42 % rank
     * Memphis, Nashville, Chattanooga, Knoxville; 26 % Nashville, Chattanooga, Knoxville, Memphis; 15 % Chattanooga,
     * Knoxville, Nashville, Memphis; 17 % Knoxville, Chattanooga, Nashville, Memphis. With 3-2-1-0 points and 100
     * voters: Nashville 194, Chattanooga 173, Memphis 126, Knoxville 107.
     */
    @Test
    void borda_count_reproduces_the_tennessee_capital_example() {
        List<String> cities = List.of("Memphis", "Nashville", "Chattanooga", "Knoxville");
        List<StrategyRanking> rankings = new ArrayList<>();
        rankings.addAll(Collections.nCopies(42, new StrategyRanking(List.of("Memphis", "Nashville", "Chattanooga", "Knoxville"))));
        rankings.addAll(Collections.nCopies(26, new StrategyRanking(List.of("Nashville", "Chattanooga", "Knoxville", "Memphis"))));
        rankings.addAll(Collections.nCopies(15, new StrategyRanking(List.of("Chattanooga", "Knoxville", "Nashville", "Memphis"))));
        rankings.addAll(Collections.nCopies(17, new StrategyRanking(List.of("Knoxville", "Chattanooga", "Nashville", "Memphis"))));

        List<RankedItem> r = WorkshopAggregation.borda(cities, rankings);

        assertThat(r).extracting(RankedItem::itemId).containsExactly("Nashville", "Chattanooga", "Memphis", "Knoxville");
        assertThat(r).extracting(RankedItem::points).containsExactly(194, 173, 126, 107);
        assertThat(r).extracting(RankedItem::rank).containsExactly(1, 2, 3, 4);
        // mean rank of Memphis: 42 × 1 + 58 × 4 = 274 → 2.74
        assertThat(r.get(2).meanRank()).isCloseTo(2.74, within(1e-12));
    }

    @Test
    void approvals_are_counted_and_ties_share_the_better_rank() {
        // votes {S1, S2}, {S2}, {S1, S4}: S1 2, S2 2, S4 1, S0 0
        List<RankedItem> r = WorkshopAggregation.approvals(List.of("S0", "S1", "S2", "S4"), List.of(
                new StrategyVote(Set.of("S1", "S2")), new StrategyVote(Set.of("S2")), new StrategyVote(Set.of("S1", "S4"))));
        assertThat(r).extracting(RankedItem::itemId).containsExactly("S1", "S2", "S4", "S0");
        assertThat(r).extracting(RankedItem::points).containsExactly(2, 2, 1, 0);
        assertThat(r).extracting(RankedItem::rank).containsExactly(1, 1, 3, 4);
    }

    @Test
    void aggregate_refuses_a_submission_of_another_kind_or_out_of_range() {
        Activity scoring = Activity.factorScoring(1, 1);
        assertThatThrownBy(() -> WorkshopAggregation.aggregate(scoring, List.of(new StrategyVote(Set.of("S1")))))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("STRATEGY_VOTE");
        Map<String, Integer> eight = new java.util.HashMap<>();
        CriteriaSet.FACTORS.ids().forEach(id -> eight.put(id, 4));
        eight.put("NATIONAL_STRATEGY", 8);
        assertThatThrownBy(() -> WorkshopAggregation.aggregate(scoring, List.of(new FactorScores(eight, Map.of()))))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("NATIONAL_STRATEGY")
                .hasMessageContaining("8");
        Activity ahp = Activity.ahp(2, 2, CriteriaSet.OUTCOMES);
        assertThatThrownBy(() -> WorkshopAggregation.aggregate(ahp, List.of(judgements(2, 3, 4))))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("21 judgements");
    }

    @Test
    void aggregate_of_an_ahp_activity_without_submissions_has_no_group_weights_yet() {
        ActivityResult r = WorkshopAggregation.aggregate(Activity.ahp(3, 1, CriteriaSet.FACTORS), List.of());
        assertThat(r).isInstanceOfSatisfying(ActivityResult.Weighting.class, w -> {
            assertThat(w.group()).isNull();
            assertThat(w.items()).hasSize(5);
        });
    }
}
