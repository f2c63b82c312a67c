package org.gvclab.web.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One headless Chromium for all browser tests of a test JVM. Uses the system's Chromium where present
 * ({@code /usr/bin/chromium}, or {@code GVCLAB_CHROMIUM}); Playwright's own browser otherwise.
 *
 * <p>Browser tests wait for states, never for fixed times; how long a state may take to arrive is set here once
 * ({@link #STEP_TIMEOUT_MS}) for actions, navigations and assertions alike, generous enough for a machine whose
 * cores are busy with other work (docs/TESTING.md).
 */
public final class Browsers {

    /** The longest wait for one step (an action, a navigation, an assertion), in milliseconds. */
    public static final double STEP_TIMEOUT_MS = 30_000;
    /** The longest wait for a computing step: a Monte Carlo comparison, a policy brief, a multiplier computation. */
    public static final double LONG_STEP_TIMEOUT_MS = 4 * STEP_TIMEOUT_MS;

    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic");
    private static Playwright playwright;
    private static Browser browser;

    private Browsers() {
    }

    /** A new browser context (own cookies) whose actions and navigations wait up to {@link #STEP_TIMEOUT_MS}. */
    public static BrowserContext newContext(Browser.NewContextOptions options) {
        BrowserContext context = chromium().newContext(options);
        context.setDefaultTimeout(STEP_TIMEOUT_MS);
        context.setDefaultNavigationTimeout(STEP_TIMEOUT_MS);
        return context;
    }

    public static synchronized Browser chromium() {
        if (browser == null) {
            PlaywrightAssertions.setDefaultAssertionTimeout(STEP_TIMEOUT_MS);
            Path system = Path.of(System.getenv().getOrDefault("GVCLAB_CHROMIUM", "/usr/bin/chromium"));
            boolean useSystem = Files.isExecutable(system);
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(useSystem ? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1") : Map.of()));
            BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(ARGS);
            if (useSystem) {
                options.setExecutablePath(system);
            }
            browser = playwright.chromium().launch(options);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.close();
                playwright.close();
            }));
        }
        return browser;
    }
}
