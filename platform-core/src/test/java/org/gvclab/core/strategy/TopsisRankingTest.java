package org.gvclab.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopsisRankingTest {

    private static final List<String> IDS = List.of("A", "B", "C", "D");

    @Test
    void topsis_over_outcomes_reproduces_the_published_example_of_tzeng_and_huang() {
        // Tzeng, G.-H. & Huang, J.-J. (2011), Multiple Attribute Decision Making: Methods and Applications, CRC Press,
        // TOPSIS numerical example: four alternatives, three benefit criteria, weights 0.3 / 0.4 / 0.3; relative
        // closeness 0.5037, 0.6581, 0.7482, 0.3340 (four decimals), ranks 3, 2, 1, 4. The same example is used as a
        // reference in the test suite of scikit-criteria (test_TOPSIS_tzeng2011multiple).
        double[][] x = {{5, 8, 4}, {7, 6, 8}, {8, 8, 6}, {7, 4, 6}};
        List<Outcome> criteria = List.of(Outcome.VALUE_ADDED, Outcome.VALUE_ADDED_RATE, Outcome.OBM_SHARE);
        Weighting w = Weighting.manual(Map.of(Outcome.VALUE_ADDED, 0.3, Outcome.VALUE_ADDED_RATE, 0.4, Outcome.OBM_SHARE, 0.3));
        Ranking r = TopsisRanking.rank(criteria, w, RankingBasis.LEVEL, IDS, x, new double[][][] {x});
        assertThat(r.strategies().stream().mapToDouble(RankedStrategy::closeness).toArray())
                .containsExactly(new double[] {0.5037, 0.6581, 0.7482, 0.3340}, within(5e-5));
        assertThat(r.strategies().stream().mapToInt(RankedStrategy::rank).toArray()).containsExactly(3, 2, 1, 4);
        assertThat(r.strategies().get(2).firstShare()).isEqualTo(1.0);
    }

    @Test
    void closeness_with_a_cost_criterion_matches_the_hand_calculation() {
        // two strategies, value added (benefit) and fiscal cost (cost), equal weights:
        // x = [[3, 4], [4, 3]]: norms 5 and 5, v = [[0.3, 0.4], [0.4, 0.3]]
        // A+ = (0.4, 0.3), A− = (0.3, 0.4): strategy 1 is A−, strategy 2 is A+ → C = 0 and 1
        double[] c = TopsisRanking.closeness(new double[][] {{3, 4}, {4, 3}}, List.of(Outcome.VALUE_ADDED, Outcome.FISCAL_COST),
                new double[] {0.5, 0.5}, new ArrayList<>());
        assertThat(c).containsExactly(new double[] {0, 1}, within(1e-15));
        // x = [[3, 4], [4, 4]] with weights 0.75 / 0.25 (the cost ties): v = [[.45, .1768], [.6, .1768]] (cost column
        // 4/√32 × 0.25); A+ = (.6, .1768), A− = (.45, .1768): D+ = (.15, 0), D− = (0, .15) → C = (0, 1)
        double[] c2 = TopsisRanking.closeness(new double[][] {{3, 4}, {4, 4}}, List.of(Outcome.VALUE_ADDED, Outcome.FISCAL_COST),
                new double[] {0.75, 0.25}, new ArrayList<>());
        assertThat(c2).containsExactly(new double[] {0, 1}, within(1e-15));
    }

    @Test
    void the_hand_worked_closeness_of_three_strategies_on_changes_from_the_status_quo() {
        // changes from the status quo at the horizon: S0 = (0, 0), S1 = (3, 2), S2 = (4, 1) on value added (benefit)
        // and fiscal cost (cost), weights 0.5 / 0.5.
        // norms: value added 5, cost √5; v = S0 (0, 0), S1 (0.3, 0.4472136), S2 (0.4, 0.2236068)
        // A+ = (0.4, 0), A− = (0, 0.4472136)
        // S0: D+ = 0.4, D− = 0.4472136 → C = 0.5278640
        // S1: D+ = √(0.01 + 0.2) = 0.4582576, D− = 0.3 → C = 0.3956439
        // S2: D+ = 0.2236068, D− = √(0.16 + 0.05) = 0.4582576 → C = 0.6720656
        double[][] x = {{0, 0}, {3, 2}, {4, 1}};
        double[] c = TopsisRanking.closeness(x, List.of(Outcome.VALUE_ADDED, Outcome.FISCAL_COST), new double[] {0.5, 0.5},
                new ArrayList<>());
        assertThat(c).containsExactly(new double[] {0.5278640, 0.3956439, 0.6720656}, within(1e-7));
    }

    @Test
    void a_criterion_on_which_every_strategy_scores_zero_is_left_out_without_changing_the_closeness() {
        double[][] with = {{0, 0, 0}, {3, 2, 0}, {4, 1, 0}};
        List<Outcome> dropped = new ArrayList<>();
        double[] c = TopsisRanking.closeness(with, List.of(Outcome.VALUE_ADDED, Outcome.FISCAL_COST, Outcome.SHOCK_LOSS),
                new double[] {0.4, 0.4, 0.2}, dropped);
        assertThat(c).containsExactly(new double[] {0.5278640, 0.3956439, 0.6720656}, within(1e-7));
        assertThat(dropped).containsExactly(Outcome.SHOCK_LOSS);
    }

    @Test
    void rank_stability_counts_the_draws_won_and_splits_ties() {
        List<Outcome> criteria = List.of(Outcome.VALUE_ADDED);
        double[][] median = {{1}, {2}, {3}};
        // draw 1: C wins; draw 2: A wins; draw 3: B and C tie for first; draw 4: C wins
        double[][][] draws = {{{1}, {2}, {3}}, {{3}, {2}, {1}}, {{1}, {3}, {3}}, {{0.5}, {1}, {2}}};
        Ranking r = TopsisRanking.rank(criteria, Weighting.equal(), RankingBasis.LEVEL, List.of("A", "B", "C"), median, draws);
        assertThat(r.strategies().stream().mapToDouble(RankedStrategy::firstShare).toArray())
                .containsExactly(new double[] {0.25, 0.125, 0.625}, within(1e-15));
    }

    @Test
    void changes_from_the_status_quo_subtract_the_reference_row_of_the_same_draw() {
        // horizon[draw][row][outcome]: rows A, B and the reference R (row 2); value added only
        int va = Outcome.VALUE_ADDED.ordinal();
        double[][][] horizon = new double[2][3][Outcome.values().length];
        horizon[0][0][va] = 110;
        horizon[0][1][va] = 105;
        horizon[0][2][va] = 100;
        horizon[1][0][va] = 198;
        horizon[1][1][va] = 204;
        horizon[1][2][va] = 200;
        Ranking r = TopsisRanking.rank(horizon, List.of("A", "B"), 2, List.of(Outcome.VALUE_ADDED), Weighting.equal(),
                RankingBasis.CHANGE_FROM_STATUS_QUO);
        // changes: draw 1 A +10, B +5 (A first); draw 2 A −2, B +4 (B first)
        assertThat(r.strategies().get(0).firstShare()).isEqualTo(0.5);
        assertThat(r.strategies().get(1).firstShare()).isEqualTo(0.5);
        // medians of the changes: A (10 − 2)/2 = 4, B (5 + 4)/2 = 4.5; one benefit criterion: C = (x − min)/(max − min)
        // in the normalised space → A 0, B 1
        assertThat(r.strategies().get(0).closeness()).isCloseTo(0, within(1e-12));
        assertThat(r.strategies().get(1).closeness()).isCloseTo(1, within(1e-12));
        Ranking levels = TopsisRanking.rank(horizon, List.of("A", "B"), 2, List.of(Outcome.VALUE_ADDED), Weighting.equal(),
                RankingBasis.LEVEL);
        assertThat(levels.strategies().get(0).firstShare()).isEqualTo(0.5);
    }
}
