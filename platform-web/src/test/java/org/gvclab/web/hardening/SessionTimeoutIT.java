package org.gvclab.web.hardening;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.file.Path;
import org.gvclab.web.support.Browsers;
import org.gvclab.web.support.ForkedApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings that a shared test application cannot change: an idle timeout of a few seconds
 * ({@code GVCLAB_SESSION_TIMEOUT}), and a workshop join limit low enough to reach, whose refusal must be a 429 at
 * the real address, not a redirect to the sign-in page (issue 15).
 */
class SessionTimeoutIT {

    @TempDir
    static Path dir;
    private static ForkedApp app;

    @BeforeAll
    static void start() {
        app = ForkedApp.start("session-timeout", dir.resolve("data"), "768m", "--server.servlet.session.timeout=6s",
                "--gvclab.workshop.failed-joins-per-window=2");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void an_idle_session_ends_after_the_configured_timeout() throws InterruptedException {
        try (BrowserContext context = Browsers.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            Page page = app.signIn(context.newPage(), "demo-official", "official-demo-zhuji-2026");
            page.navigate(app.url("profile"));
            assertThat(page.locator("#current-password")).isVisible();

            // the idle time itself is what is tested: no request for longer than the 6 s timeout
            Thread.sleep(9_000);
            page.navigate(app.url("profile"));
            page.waitForURL(u -> u.contains("/login"));
            assertThat(page.locator("vaadin-login-form")).isVisible();
        }
    }

    @Test
    void an_address_over_its_join_budget_gets_429_and_no_redirect() {
        try (BrowserContext context = Browsers.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            Page page = context.newPage();
            for (int attempt = 0; attempt < 2; attempt++) {
                page.navigate(app.url("join"), new Page.NavigateOptions().setTimeout(Browsers.LONG_STEP_TIMEOUT_MS));
                page.locator("#join-code-input input").fill("ZZZZZZZZZ");
                page.locator("#join-name input").fill("Guess " + attempt);
                page.locator("#join-button").click();
                assertThat(page.locator("#join-error")).isVisible();
            }
            APIResponse refused = context.request().get(app.url("join/ZZZZZZZZZ"),
                    RequestOptions.create().setMaxRedirects(0));
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.headers().get("retry-after")).isEqualTo("60");
            assertThat(refused.text()).contains("Too many join attempts");
        }
    }
}
