package org.gvclab.reports.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {

    @Test
    void texts_that_excel_would_start_a_formula_with_are_recognised() {
        for (String s : new String[] {"=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "＝1+1", "＋1", "－1", "＠A"}) {
            assertThat(SafeText.formulaLike(s)).as(s).isTrue();
        }
        for (String s : new String[] {"", "a=b", "1-2", " =1", "2023", "R&D", "中=国"}) {
            assertThat(SafeText.formulaLike(s)).as(s).isFalse();
        }
    }

    @Test
    void control_characters_are_replaced_and_overlong_text_is_cut_to_the_cell_limit() {
        assertThat(SafeText.clean("a\u0001b\nc\td")).isEqualTo("a\uFFFDb\nc\td");
        String cut = SafeText.clean("x".repeat(40_000));
        assertThat(cut).hasSize(SafeText.MAX_CELL).endsWith("…");
    }
}
