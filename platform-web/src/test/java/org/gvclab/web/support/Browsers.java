package org.gvclab.web.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One headless Chromium for all browser tests of a test JVM. Uses the system's Chromium where present
 * ({@code /usr/bin/chromium}, or {@code GVCLAB_CHROMIUM}); Playwright's own browser otherwise.
 */
public final class Browsers {

    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic");
    private static Playwright playwright;
    private static Browser browser;

    private Browsers() {
    }

    public static synchronized Browser chromium() {
        if (browser == null) {
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
