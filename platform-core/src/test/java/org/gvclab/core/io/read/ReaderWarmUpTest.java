package org.gvclab.core.io.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReaderWarmUpTest {

    @Test
    void the_warm_up_table_is_a_valid_balanced_table_read_four_times() {
        assertThat(ReaderWarmUp.run()).isEqualTo(4L * 180 * 180);
    }
}
