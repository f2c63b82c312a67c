package org.gvclab.web.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class JoinRateLimiterTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-11-29T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static WorkshopProperties limits(int perMinute, int failures) {
        return new WorkshopProperties(Duration.ofHours(12), perMinute, failures, Duration.ofMinutes(10), 500, "");
    }

    @Test
    void an_address_gets_its_attempts_per_minute_and_then_is_refused_until_the_minute_has_passed() {
        ManualClock clock = new ManualClock();
        JoinRateLimiter limiter = new JoinRateLimiter(clock, limits(3, 10));

        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        clock.now = clock.now.plusSeconds(30);
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
        assertThat(limiter.isBlocked("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.2")).as("another address has its own budget").isTrue();

        clock.now = clock.now.plusSeconds(31); // the first two attempts are now more than a minute old
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
    }

    @Test
    void wrong_codes_block_an_address_for_the_failure_window() {
        ManualClock clock = new ManualClock();
        JoinRateLimiter limiter = new JoinRateLimiter(clock, limits(1000, 3));
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("192.0.2.7")).isTrue();
            limiter.recordFailure("192.0.2.7");
        }
        assertThat(limiter.tryAcquire("192.0.2.7")).isFalse();

        clock.now = clock.now.plus(Duration.ofMinutes(9));
        assertThat(limiter.isBlocked("192.0.2.7")).isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(1)).plusSeconds(1);
        assertThat(limiter.isBlocked("192.0.2.7")).isFalse();
        assertThat(limiter.tryAcquire("192.0.2.7")).isTrue();
    }
}
