package org.gvclab.web.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: a fresh browser context (no cookies) per test against the application on its
 * random port, and a screenshot under {@code target/playwright} when a test fails.
 */
@AppIT
public abstract class BrowserTest {

    @LocalServerPort
    protected int port;
    protected BrowserContext context;
    protected Page page;

    @RegisterExtension
    final TestWatcher screenshotOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext extension, Throwable cause) {
            if (page != null && !page.isClosed()) {
                Path file = Path.of("target", "playwright",
                        extension.getRequiredTestClass().getSimpleName() + "-" + extension.getDisplayName()
                                .replaceAll("[^A-Za-z0-9_-]", "_") + ".png");
                page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
            }
            closeContext();
        }

        @Override
        public void testSuccessful(ExtensionContext extension) {
            closeContext();
        }

        @Override
        public void testAborted(ExtensionContext extension, Throwable cause) {
            closeContext();
        }

        @Override
        public void testDisabled(ExtensionContext extension, Optional<String> reason) {
            closeContext();
        }
    };

    @BeforeEach
    void openBrowserContext() {
        context = Browsers.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("en-US").setViewportSize(1280, 900));
        page = context.newPage();
    }

    @AfterEach
    void keepContextForWatcher() {
        // closed by the watcher after the screenshot could be taken
    }

    private void closeContext() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
