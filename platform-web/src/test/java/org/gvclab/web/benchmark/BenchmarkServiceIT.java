package org.gvclab.web.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.paradox.BenchmarkSet;
import org.gvclab.core.paradox.BenchmarkValue;
import org.gvclab.web.base.StaleDataException;
import org.gvclab.web.support.AppIT;
import org.gvclab.web.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Reference values: seeded from the shipped set, changed by administrators only, protected by versions. */
@AppIT
class BenchmarkServiceIT {

    @Autowired
    BenchmarkService service;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    private static BenchmarkValue sourced(BenchmarkValue v, double value) {
        return new BenchmarkValue(v.indicatorId(), value, Math.min(v.low(), value / 2), Math.max(v.high(), value * 2),
                "Test source 2025", 2025, BenchmarkValue.Level.PROVINCIAL, false, LocalizedText.of("test"));
    }

    @Test
    void the_stored_set_starts_as_the_shipped_default_set() {
        assertThat(service.current().values().keySet())
                .containsExactlyInAnyOrderElementsOf(BenchmarkSet.defaults().values().keySet());
    }

    @Test
    void an_administrator_replaces_an_assumption_with_a_sourced_value_and_a_second_edit_of_the_old_version_fails() {
        SignedIn.as("demo-admin", "ADMIN");
        StoredBenchmark before = service.all().stream().filter(b -> b.value().assumption()).findFirst().orElseThrow();
        double value = before.value().value() * 1.1;

        service.update(before, sourced(before.value(), value));

        BenchmarkValue now = service.current().find(before.value().indicatorId()).orElseThrow();
        assertThat(now.value()).isEqualTo(value);
        assertThat(now.assumption()).isFalse();
        assertThat(now.source()).isEqualTo("Test source 2025");
        assertThatThrownBy(() -> service.update(before, sourced(before.value(), value * 2)))
                .isInstanceOf(StaleDataException.class);
        assertThat(service.current().find(before.value().indicatorId()).orElseThrow().value()).isEqualTo(value);
    }

    @Test
    void an_official_cannot_change_reference_values() {
        SignedIn.as("demo-official", "OFFICIAL");
        StoredBenchmark any = service.all().get(0);
        assertThatThrownBy(() -> service.update(any, sourced(any.value(), any.value().value())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
