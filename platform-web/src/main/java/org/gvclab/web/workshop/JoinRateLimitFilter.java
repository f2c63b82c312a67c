package org.gvclab.web.workshop;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.gvclab.web.base.Translations;
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
            // setStatus, not sendError: an error dispatch would run through the sign-in chain and become a redirect
            response.setStatus(429);
            response.setHeader("Retry-After", "60");
            response.setContentType("text/plain;charset=UTF-8");
            // a plain-text answer outside Vaadin: the browser's language decides (English unless it asks for Chinese)
            response.getWriter().write(new Translations().getTranslation("workshop.join.tooMany", request.getLocale()) + "\n");
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
