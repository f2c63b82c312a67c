package org.gvclab.web.workshop;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gvclab.core.workshop.CriteriaSet;
import org.gvclab.web.Application;
import org.gvclab.web.support.Browsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Load script for issue 7 (run by {@code bench/run-workshop-load.sh}; a plain {@code main}, not a test): N
 * participants (default 100), each in a browser context of its own, join a workshop and, once everyone has filled
 * in the five-factor form, submit within one minute (evenly spread); a facilitator's browser records, in the page,
 * when its submission counter changes. Reported: submissions lost, and the lag from the k-th submit click to the
 * moment the facilitator's screen shows k submissions (median, 95th percentile, maximum).
 *
 * <p>Arguments: {@code [participants] [seconds] [base URL of a running application]}; without a URL the
 * application is started in this JVM (demo mode, in-memory H2). With the environment variable
 * {@code GVCLAB_LOAD_SCREENSHOTS} set to a directory, the facilitator's and the first participant's screens are saved
 * there at the end.
 */
public final class WorkshopLoad {

    private WorkshopLoad() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        String base = args.length > 2 ? args[2].replaceAll("/+$", "") : null;
        ConfigurableApplicationContext app = null;
        if (base == null) {
            app = new SpringApplicationBuilder(Application.class).run("--server.port=0",
                    "--spring.datasource.url=jdbc:h2:mem:workshop-load;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                    "--spring.profiles.active=demo", "--gvclab.admin-password=load-admin-password",
                    "--logging.level.root=WARN", "--logging.level.org.atmosphere=ERROR");
            base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        }
        try {
            run(base, n, seconds, app == null ? null : app.getBean(WorkshopEventBus.class));
        } finally {
            if (app != null) {
                app.close();
            }
            System.exit(0);
        }
    }

    private static void run(String base, int n, int seconds, @Nullable WorkshopEventBus serverBus) {
        Browser browser = Browsers.chromium();
        BrowserContext facilitatorContext = browser.newContext(new Browser.NewContextOptions().setLocale("en-US")
                .setViewportSize(1280, 900));
        facilitatorContext.setDefaultTimeout(60_000);
        Page facilitator = facilitatorContext.newPage();
        facilitator.navigate(base + "/login");
        facilitator.locator("input[name='username']").fill("demo-consultant");
        facilitator.locator("input[name='password']").fill("consultant-demo-2026");
        facilitator.locator("vaadin-button[slot='submit']").click();
        facilitator.locator("#side-nav").waitFor();
        facilitator.navigate(base + "/workshops");
        facilitator.locator("#new-workshop-cluster input").fill("Datang");
        facilitator.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Datang")).first()
                .click();
        facilitator.locator("#new-workshop-title input").fill("Load test " + n);
        facilitator.locator("#create-workshop").click();
        facilitator.locator("#join-code").waitFor();
        String code = facilitator.locator("#join-code").textContent().replace("-", "");
        facilitator.locator(".open-activity").first().click();
        facilitator.waitForSelector("#submission-count[data-count='0']");
        long workshopId = Long.parseLong(facilitator.url().replaceAll(".*/workshop/(\\d+).*", "$1"));
        // with the application in this JVM: when each submission's event leaves the server's bus (after commit)
        List<Long> committed = java.util.Collections.synchronizedList(new ArrayList<>());
        if (serverBus != null) {
            serverBus.subscribe(workshopId, e -> {
                if (e.kind() == WorkshopEvent.Kind.SUBMITTED) {
                    committed.add(System.currentTimeMillis());
                }
            });
        }
        facilitator.evaluate("""
                () => {
                  window.__counts = [];
                  const el = document.getElementById('submission-count');
                  new MutationObserver(() => window.__counts.push([Number(el.getAttribute('data-count')), Date.now()]))
                      .observe(el, {attributes: true, attributeFilter: ['data-count']});
                }""");

        long joinStart = System.currentTimeMillis();
        List<Page> phones = new ArrayList<>();
        List<String> factors = CriteriaSet.FACTORS.ids();
        for (int i = 0; i < n; i++) {
            BrowserContext c = browser.newContext(new Browser.NewContextOptions().setLocale("en-US")
                    .setViewportSize(390, 844));
            c.setDefaultTimeout(60_000);
            Page p = c.newPage();
            p.navigate(base + "/join/" + code);
            p.locator("#join-name input").fill("Load " + (i + 1));
            p.locator("#join-button").click();
            p.locator("#participant-activity-title").waitFor();
            for (int f = 0; f < factors.size(); f++) {
                p.locator("#score-" + factors.get(f) + " vaadin-radio-button").nth((i + f) % 7).click();
            }
            phones.add(p);
            if ((i + 1) % 10 == 0) {
                System.out.printf(Locale.ROOT, "joined and filled in: %d (%.0f s)%n", i + 1,
                        (System.currentTimeMillis() - joinStart) / 1000.0);
            }
        }
        long joinMillis = System.currentTimeMillis() - joinStart;

        double gap = seconds * 1000.0 / n;
        long start = System.currentTimeMillis();
        long[] clicked = new long[n];
        for (int i = 0; i < n; i++) {
            long due = start + Math.round(i * gap);
            long wait = due - System.currentTimeMillis();
            if (wait > 0) {
                facilitator.waitForTimeout(wait);
            }
            clicked[i] = System.currentTimeMillis();
            phones.get(i).locator("#submit-input").click();
        }
        long submitPhase = System.currentTimeMillis() - start;
        facilitator.waitForSelector("#submission-count[data-count='" + n + "']",
                new Page.WaitForSelectorOptions().setTimeout(60_000));
        @SuppressWarnings("unchecked")
        List<List<Number>> counts = (List<List<Number>>) facilitator.evaluate("() => window.__counts");
        int acknowledged = 0;
        for (Page p : phones) {
            if (p.locator("#submitted-note").isVisible()) {
                acknowledged++;
            }
        }

        long[] lag = new long[n];
        for (int k = 1; k <= n; k++) {
            long shown = -1;
            for (List<Number> c : counts) {
                if (c.get(0).intValue() >= k) {
                    shown = c.get(1).longValue();
                    break;
                }
            }
            lag[k - 1] = shown - clicked[k - 1];
        }
        long[] sorted = lag.clone();
        Arrays.sort(sorted);
        String shownCount = facilitator.locator("#submission-count").getAttribute("data-count");
        System.out.printf(Locale.ROOT, "participants: %d; joining and filling in took %.1f s%n", n, joinMillis / 1000.0);
        System.out.printf(Locale.ROOT, "submit clicks spread over %.1f s (target %d s)%n", submitPhase / 1000.0, seconds);
        System.out.printf(Locale.ROOT, "facilitator shows %s submissions; %d participants saw their confirmation; lost: %d%n",
                shownCount, acknowledged, n - Integer.parseInt(shownCount));
        System.out.printf(Locale.ROOT, "counter updates observed on the facilitator's screen: %d%n", counts.size());
        System.out.printf(Locale.ROOT, "lag from k-th click to facilitator showing k: median %d ms, p95 %d ms, max %d ms%n",
                sorted[n / 2], sorted[(int) Math.ceil(0.95 * n) - 1], sorted[n - 1]);
        if (committed.size() == n) {
            long[] server = new long[n];
            long[] screen = new long[n];
            for (int k = 1; k <= n; k++) {
                long atServer = committed.get(k - 1);
                server[k - 1] = atServer - clicked[k - 1];
                screen[k - 1] = lag[k - 1] - server[k - 1];
            }
            Arrays.sort(server);
            Arrays.sort(screen);
            System.out.printf(Locale.ROOT, "  of which click to k-th commit on the server: median %d ms, p95 %d ms, max %d ms%n",
                    server[n / 2], server[(int) Math.ceil(0.95 * n) - 1], server[n - 1]);
            System.out.printf(Locale.ROOT, "  and commit to the facilitator's screen: median %d ms, p95 %d ms, max %d ms%n",
                    screen[n / 2], screen[(int) Math.ceil(0.95 * n) - 1], screen[n - 1]);
        }
        long within = Arrays.stream(lag).filter(l -> l <= 1000).count();
        System.out.printf(Locale.ROOT, "within 1 s: %d of %d%n", within, n);
        String shots = System.getenv("GVCLAB_LOAD_SCREENSHOTS");
        if (shots != null && !shots.isBlank()) {
            facilitator.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(java.nio.file.Path.of(shots, "facilitator.png")));
            phones.get(0).screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(java.nio.file.Path.of(shots, "participant.png")));
            System.out.println("screenshots in " + shots);
        }
    }
}
