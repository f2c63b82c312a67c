package org.gvclab.web.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.gvclab.web.support.Browsers;
import org.junit.jupiter.api.Test;

/**
 * A benchmark, not a test (run only by name): seconds from navigation to the content of each issue-12 page being
 * visible, against an application already running in the README's run mode (docs/PERFORMANCE.md). Each page is
 * opened {@code ROUNDS} times after one warm-up visit; the base address comes from {@code GVCLAB_BENCH_URL}.
 */
class PageTimes {

    private static final int ROUNDS = 3;

    @Test
    void page_times() {
        String base = System.getenv().getOrDefault("GVCLAB_BENCH_URL", "http://localhost:8093/");
        String cluster = System.getenv().getOrDefault("GVCLAB_BENCH_CLUSTER", "1");
        String[][] pages = {
                {"dashboard", "", ".cluster-status .lock-in-index"},
                {"benchmark", "benchmark", "#peer-grid .peer-row"},
                {"diagnosis", "clusters/" + cluster + "/diagnosis", "#indicator-grid"},
                {"strategies", "clusters/" + cluster + "/strategies", "#strategy-choice vaadin-checkbox"},
        };
        try (BrowserContext context = Browsers.newContext(new Browser.NewContextOptions().setLocale("en-US")
                .setViewportSize(1440, 900))) {
            Page page = context.newPage();
            page.navigate(base + "login");
            page.locator("input[name='username']").fill("demo-official");
            page.locator("input[name='password']").fill("official-demo-zhuji-2026");
            page.locator("vaadin-button[slot='submit']").click();
            page.locator(".cluster-status").waitFor();
            for (String[] p : pages) {
                List<Double> seconds = new ArrayList<>();
                for (int round = 0; round <= ROUNDS; round++) {
                    page.navigate("about:blank");
                    long start = System.nanoTime();
                    page.navigate(base + p[1]);
                    page.locator(p[2]).first().waitFor();
                    double s = (System.nanoTime() - start) / 1e9;
                    if (round > 0) {
                        seconds.add(s);
                    }
                }
                System.out.printf("PAGE %-10s %s s%n", p[0], seconds.stream().map(x -> String.format("%.2f", x))
                        .toList());
            }
        }
    }
}
