package org.gvclab.core.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.gvclab.core.indicator.Ahp;
import org.junit.jupiter.api.Test;

class PairwiseJudgementsTest {

    @Test
    void slider_steps_map_to_saatys_scale_and_back() {
        assertThat(PairwiseJudgements.valueOfStep(0)).isEqualTo(1.0);
        assertThat(PairwiseJudgements.valueOfStep(8)).isEqualTo(9.0);
        assertThat(PairwiseJudgements.valueOfStep(-2)).isEqualTo(1.0 / 3);
        for (int step = -8; step <= 8; step++) {
            assertThat(PairwiseJudgements.stepOf(PairwiseJudgements.valueOfStep(step))).isEqualTo(step);
        }
        assertThatThrownBy(() -> PairwiseJudgements.valueOfStep(9)).hasMessageContaining("−8…8");
    }

    @Test
    void pairs_are_listed_row_by_row() {
        // n = 4: (0,1) (0,2) (0,3) (1,2) (1,3) (2,3)
        assertThat(PairwiseJudgements.indexOf(0, 3, 4)).isEqualTo(2);
        assertThat(PairwiseJudgements.indexOf(1, 2, 4)).isEqualTo(3);
        assertThat(PairwiseJudgements.indexOf(2, 3, 4)).isEqualTo(5);
        assertThat(PairwiseJudgements.pairs(7)).isEqualTo(21);
    }

    @Test
    void the_matrix_is_reciprocal_and_reproduces_saatys_1990_size_comparison() {
        // Saaty (1990, EJOR 48) houses compared on size: a12 = 6, a13 = 8, a23 = 4 → .754 .181 .065, CR .117
        PairwiseJudgements p = new PairwiseJudgements(List.of(6.0, 8.0, 4.0));
        double[][] a = p.matrix();
        assertThat(a[1][0]).isEqualTo(1.0 / 6);
        assertThat(a[2][1]).isEqualTo(0.25);
        Ahp.Result r = p.ahp();
        assertThat(r.weights()).containsExactly(new double[] {.754, .181, .065}, within(0.0005));
        assertThat(r.cr()).isCloseTo(0.117, within(0.0005));
    }

    @Test
    void judgements_off_the_scale_or_of_the_wrong_count_are_refused_naming_the_pair() {
        assertThatThrownBy(() -> new PairwiseJudgements(List.of(12.0, 1.0, 1.0)).validate(List.of("x", "y", "z")))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("x vs y");
        assertThatThrownBy(() -> new PairwiseJudgements(List.of(1.0, 1.0)).validate(List.of("x", "y", "z")))
                .hasMessageContaining("3 judgements");
    }
}
