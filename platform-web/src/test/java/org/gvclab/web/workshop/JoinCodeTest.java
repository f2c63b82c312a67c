package org.gvclab.web.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JoinCodeTest {

    @Test
    void codes_carry_at_least_40_bits_of_entropy_from_32_distinct_characters() {
        Set<Character> alphabet = new HashSet<>();
        for (char c : JoinCode.ALPHABET.toCharArray()) {
            alphabet.add(c);
        }
        assertThat(alphabet).hasSize(32).doesNotContain('0', 'O', '1', 'I');
        assertThat(JoinCode.entropyBits()).isEqualTo(45.0).isGreaterThanOrEqualTo(40);
        for (int i = 0; i < 200; i++) {
            String code = JoinCode.generate();
            assertThat(code).hasSize(9);
            assertThat(code.chars().allMatch(ch -> JoinCode.ALPHABET.indexOf(ch) >= 0)).isTrue();
        }
    }

    @Test
    void thousands_of_codes_do_not_repeat() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            codes.add(JoinCode.generate());
        }
        // 10^4 draws from 2^45: the chance of any repeat is about 10^8 / 2^46 ≈ 1.4e-6
        assertThat(codes).hasSize(10_000);
    }

    @Test
    void typed_codes_are_normalised_and_shown_in_groups_of_three() {
        assertThat(JoinCode.normalise(" k7m-q2x 9rd ")).isEqualTo("K7MQ2X9RD");
        assertThat(JoinCode.display("K7MQ2X9RD")).isEqualTo("K7M-Q2X-9RD");
    }
}
