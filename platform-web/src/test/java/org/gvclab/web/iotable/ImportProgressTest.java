package org.gvclab.web.iotable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportProgressTest {

    @Test
    void a_throttled_listener_hears_every_new_phase_and_the_end_of_reading_but_not_every_percent() {
        List<String> heard = new ArrayList<>();
        // an interval longer than the test, so that what is dropped does not depend on the machine's speed
        ImportProgress throttled = ((ImportProgress) (phase, f) -> heard.add(phase + " " + f)).throttled(3_600_000);
        throttled.update(ImportPhase.READING, 0);
        for (int percent = 1; percent < 100; percent++) {
            throttled.update(ImportPhase.READING, percent / 100.0);
        }
        throttled.update(ImportPhase.READING, 1);
        throttled.update(ImportPhase.CHECKING, -1);
        throttled.update(ImportPhase.FACTORISING, -1);
        throttled.update(ImportPhase.DONE, 1);
        assertThat(heard).containsExactly("READING 0.0", "READING 1.0", "CHECKING -1.0", "FACTORISING -1.0",
                "DONE 1.0");
    }

    @Test
    void with_no_interval_every_report_passes() {
        List<Double> heard = new ArrayList<>();
        ImportProgress all = ((ImportProgress) (phase, f) -> heard.add(f)).throttled(0);
        for (int i = 0; i <= 10; i++) {
            all.update(ImportPhase.READING, i / 10.0);
        }
        assertThat(heard).hasSize(11);
    }
}
