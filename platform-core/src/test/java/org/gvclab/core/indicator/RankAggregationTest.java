package org.gvclab.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankAggregationTest {

    @Test
    void borda_points_and_mean_ranks_match_a_hand_count() {
        // three participants rank S1, S2, S3 (best first); points 2-1-0
        // P1: S1 S2 S3; P2: S2 S1 S3; P3: S2 S3 S1 → S1 = 2+1+0 = 3, S2 = 1+2+2 = 5, S3 = 0+0+1 = 1
        // mean rank: S1 = (1+2+3)/3 = 2, S2 = (2+1+1)/3 = 4/3, S3 = (3+3+2)/3 = 8/3
        List<RankAggregation.Aggregate> a = RankAggregation.aggregate(List.of("S1", "S2", "S3"), List.of(
                List.of("S1", "S2", "S3"), List.of("S2", "S1", "S3"), List.of("S2", "S3", "S1")));
        assertThat(a).extracting(RankAggregation.Aggregate::borda).containsExactly(3, 5, 1);
        assertThat(a).extracting(RankAggregation.Aggregate::meanRank).containsExactly(2.0, 4.0 / 3, 8.0 / 3);
        assertThat(a).extracting(RankAggregation.Aggregate::rank).containsExactly(2, 1, 3);
    }

    @Test
    void an_incomplete_ranking_is_refused_by_number() {
        assertThatThrownBy(() -> RankAggregation.aggregate(List.of("a", "b"), List.of(List.of("a", "b"), List.of("a", "a"))))
                .hasMessageContaining("ranking 2");
    }
}
