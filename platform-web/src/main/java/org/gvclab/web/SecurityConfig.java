package org.gvclab.web;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.gvclab.web.account.AccessTokenAuthenticationFilter;
import org.gvclab.web.account.AccessTokenService;
import org.gvclab.web.login.LoginView;
import org.gvclab.web.security.Passwords;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Web security: Vaadin's login flow with our login view, static browser libraries open to all, every
 * other request authenticated. Role checks on views use {@code @RolesAllowed}; data checks happen in services.
 * Every response carries a Content-Security-Policy ({@link #PAGE_POLICY}) and {@code Referrer-Policy: same-origin};
 * the login form posts a CSRF token (docs/SECURITY.md).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    /**
     * The policy of every page. Vaadin Flow needs inline and evaluated scripts (its bootstrap is an inline script
     * and {@code executeJs} runs through {@code new Function}) and inline styles (Lumo and component styles); every
     * script, style, font, image and connection (UIDL, push) comes from this origin, ECharts included (a webjar
     * served by the application). Nothing may frame the application, plug-ins are off, forms post only here.
     */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /** The API returns files, never pages: nothing in them may load or run anything. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

    /**
     * The download API ({@code /api/**}): the browser session or a personal access token; no login page, 401
     * instead; GET only (any other method is 403), so no CSRF token is needed.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, AccessTokenService tokens) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                        .anyRequest().denyAll())
                .addFilterBefore(new AccessTokenAuthenticationFilter(tokens), AnonymousAuthenticationFilter.class)
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .headers(h -> headers(h, API_POLICY))
                // setStatus, not sendError: an error dispatch would run through the interactive chain (a redirect)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> plain(res, 401, "authentication required"))
                        .accessDeniedHandler((req, res, ex) -> plain(res, 403, "forbidden")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain vaadinSecurityFilterChain(HttpSecurity http, RequestUtil requestUtil,
            @Value("${server.servlet.session.cookie.secure:false}") boolean secureCookie) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/webjars/**", "/images/**").permitAll());
        http.headers(h -> headers(h, PAGE_POLICY));
        // Vaadin exempts its login path from CSRF; we do not: Vaadin writes Spring's token into the page's meta
        // tags, where the login form takes it from and posts it. Vaadin's own requests carry Vaadin's token.
        // The token lives in a cookie (double submit), not in the session: signing out invalidates the session,
        // and a sign-in page loaded while that happens (a busy server) would otherwise carry a token of the old one.
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieCustomizer(c -> c.sameSite("Lax").secure(secureCookie).httpOnly(true));
        http.csrf(csrf -> csrf.csrfTokenRepository(tokens)
                .ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        // a refused login POST (no or a wrong token) is a plain 403, not an error page that redirects to sign-in
        http.exceptionHandling(e -> e.defaultAccessDeniedHandlerFor(
                (req, res, ex) -> plain(res, 403, "forbidden: the sign-in form was not sent from this site"),
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login")));
        return http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false))
                .build();
    }

    private static void headers(HeadersConfigurer<HttpSecurity> h, String policy) {
        h.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(f -> f.deny());
    }

    private static void plain(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(text + "\n");
    }

    /** PBKDF2 for new hashes (no length limit); bcrypt hashes of earlier versions still verify. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return Passwords.encoder();
    }
}
