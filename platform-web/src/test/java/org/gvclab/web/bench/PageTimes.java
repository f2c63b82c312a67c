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
                {"data", "clusters/" + cluster, "#years-grid"},
                {"notebooks", "notebooks", "#notebooks-grid, #notebooks-empty"},
                {"methods", "methods", "#methods-text h2"},
        };
        String[][] consultantPages = {
                {"workshops", "workshops", "#workshops-grid"},
                {"io-tables", "io-tables", "#io-tables-grid"},
        };
        String[][] adminPages = {
                {"admin-users", "admin/users", "vaadin-grid > vaadin-grid-cell-content"},
                {"admin-references", "admin/reference-values", "vaadin-grid > vaadin-grid-cell-content"},
        };
        try (BrowserContext context = signedIn(base, "demo-official", "official-demo-zhuji-2026")) {
            Page page = context.pages().get(0);
            times(page, base, pages);
            notebooks(page, base);
        }
        try (BrowserContext context = signedIn(base, "demo-consultant", "consultant-demo-2026")) {
            times(context.pages().get(0), base, consultantPages);
        }
        try (BrowserContext context = signedIn(base, "demo-admin", "admin-demo-2026")) {
            times(context.pages().get(0), base, adminPages);
        }
    }

    private static BrowserContext signedIn(String base, String user, String password) {
        BrowserContext context = Browsers.newContext(new Browser.NewContextOptions().setLocale("en-US")
                .setViewportSize(1440, 900));
        Page page = context.newPage();
        page.navigate(base + "login");
        page.locator("input[name='username']").fill(user);
        page.locator("input[name='password']").fill(password);
        page.locator("vaadin-button[slot='submit']").click();
        page.locator("#side-nav").waitFor();
        return context;
    }

    /** Each page opened {@code ROUNDS} times from {@code about:blank} after one warm-up visit. */
    private static void times(Page page, String base, String[][] pages) {
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
            print(p[0], seconds);
        }
    }

    /**
     * A policy brief made from the template (from the click on "Create" to the first computed cell, and to every
     * cell), then reopened from {@code about:blank} (the same two moments), {@code ROUNDS} times after a warm-up.
     */
    private static void notebooks(Page page, String base) {
        List<Double> createFirst = new ArrayList<>();
        List<Double> createAll = new ArrayList<>();
        List<Double> reopenFirst = new ArrayList<>();
        List<Double> reopenAll = new ArrayList<>();
        for (int round = 0; round <= ROUNDS; round++) {
            page.navigate(base + "notebooks");
            page.locator("#create-notebook").click();
            page.locator("#new-notebook-cluster input").click();
            page.locator("vaadin-combo-box-item:visible").first().click();
            long start = System.nanoTime();
            page.locator("#confirm-new-notebook").click();
            double[] created = cells(page, start);
            String url = page.url();
            page.navigate("about:blank");
            start = System.nanoTime();
            page.navigate(url);
            double[] reopened = cells(page, start);
            if (round > 0) {
                createFirst.add(created[0]);
                createAll.add(created[1]);
                reopenFirst.add(reopened[0]);
                reopenAll.add(reopened[1]);
            }
        }
        print("nb-create-first", createFirst);
        print("nb-create-all", createAll);
        print("nb-reopen-first", reopenFirst);
        print("nb-reopen-all", reopenAll);
    }

    /** Seconds from {@code start} to the first cell's computed result, and to every cell's. */
    private static double[] cells(Page page, long start) {
        page.locator(".notebook-cell .cell-result-area[data-evaluation]").first().waitFor(
                new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(Browsers.LONG_STEP_TIMEOUT_MS));
        double first = (System.nanoTime() - start) / 1e9;
        page.locator("#cells[data-evaluations]").waitFor(
                new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(Browsers.LONG_STEP_TIMEOUT_MS));
        return new double[] {first, (System.nanoTime() - start) / 1e9};
    }

    private static void print(String what, List<Double> seconds) {
        System.out.printf("PAGE %-16s %s s%n", what, seconds.stream().map(x -> String.format("%.2f", x)).toList());
    }
}
