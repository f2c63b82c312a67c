package org.gvclab.web.workshop;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses the join pages ({@code /join}, {@code /join/<code>}) with HTTP 429 to an address that has used up its
 * joining budget ({@link JoinRateLimiter}), before any page is built. The attempts themselves are counted where a
 * code is checked, in {@link WorkshopService#join}.
 */
class JoinRateLimitFilter extends OncePerRequestFilter {

    private final JoinRateLimiter limiter;

    JoinRateLimitFilter(JoinRateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (limiter.isBlocked(request.getRemoteAddr())) {
            response.setHeader("Retry-After", "60");
            response.sendError(429, "Too many join attempts from this address; wait a minute and try again.");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Registers the filter for the join pages only. */
    @Configuration
    static class Registration {
        @Bean
        FilterRegistrationBean<JoinRateLimitFilter> joinRateLimitFilter(JoinRateLimiter limiter) {
            FilterRegistrationBean<JoinRateLimitFilter> bean = new FilterRegistrationBean<>(new JoinRateLimitFilter(limiter));
            bean.addUrlPatterns("/join", "/join/*");
            bean.setName("workshopJoinRateLimit");
            return bean;
        }
    }
}
