package org.gvclab.web.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class JoinRateLimitFilterTest {

    @Test
    void a_blocked_address_gets_429_for_the_join_page_and_others_get_through() throws Exception {
        JoinRateLimiterTest.ManualClock clock = new JoinRateLimiterTest.ManualClock();
        JoinRateLimiter limiter = new JoinRateLimiter(clock,
                new WorkshopProperties(Duration.ofHours(12), 120, 2, Duration.ofMinutes(10), 500, ""));
        JoinRateLimitFilter filter = new JoinRateLimitFilter(limiter);
        limiter.recordFailure("192.0.2.1");
        limiter.recordFailure("192.0.2.1");

        MockHttpServletRequest blocked = new MockHttpServletRequest("GET", "/join/K7MQ2X9RD");
        blocked.setRemoteAddr("192.0.2.1");
        MockHttpServletResponse refused = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(blocked, refused, chain);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
        assertThat(refused.getErrorMessage()).as("no error dispatch, which would become a sign-in redirect").isNull();
        assertThat(refused.getContentAsString()).contains("Too many join attempts");
        assertThat(chain.getRequest()).as("the page is never built").isNull();

        MockHttpServletRequest other = new MockHttpServletRequest("GET", "/join/K7MQ2X9RD");
        other.setRemoteAddr("192.0.2.2");
        MockHttpServletResponse ok = new MockHttpServletResponse();
        MockFilterChain passed = new MockFilterChain();
        filter.doFilter(other, ok, passed);
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(passed.getRequest()).isSameAs(other);
    }
}
