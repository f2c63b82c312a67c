package org.gvclab.web.iotable;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gvclab.web.Application;
import org.gvclab.web.support.Browsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Times IO tables in the browser (docs/PERFORMANCE.md, "IO tables in the browser"): the whole application in demo
 * mode on an H2 file database, a headless Chromium signed in as a consultant. Per round: upload a golden-layout zip
 * and wait for the table's page (transfer, parse, checks, factorisation, encoding, storing, navigation); then for
 * each indicator the time from choosing it to its grid showing, first (computed and stored) and again on a freshly
 * opened page (from memory); the table is deleted at the end of the round. Finally the application is restarted on
 * the same database and each indicator timed once more (read from the store). A thread samples the used heap every
 * 5 ms. Not a test: run through {@code bench/run-ioweb-bench.sh}.
 */
public final class IoWebBenchmark {

    private static final List<String> INDICATORS = List.of("upstreamness_downstreamness",
            "koopman2010_participation_position", "leontief_inverse_B");

    private IoWebBenchmark() {
    }

    public static void main(String[] args) {
        int status = 0;
        try {
            run(args);
        } catch (Throwable e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status); // Playwright's and Vaadin's threads would keep the JVM alive
    }

    private static void run(String[] args) throws Exception {
        Path table = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path work = Files.createTempDirectory("gvclab-ioweb-bench");
        Path zip = work.resolve(table.getFileName() + ".zip");
        zip(table, zip);
        System.out.printf(Locale.ROOT, "table %s, zip %.1f MB, %d rounds, max heap %d MB%n", table,
                Files.size(zip) / 1e6, rounds, Runtime.getRuntime().maxMemory() >> 20);
        HeapPeak heap = new HeapPeak();
        List<String> lines = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            lines.forEach(System.out::println);
            deleteTree(work);
        }));
        ConfigurableApplicationContext app = start(work);
        // the server's "Received upload" line marks the end of the upload (the file is complete on the server)
        java.util.concurrent.atomic.AtomicLong received = new java.util.concurrent.atomic.AtomicLong();
        ch.qos.logback.core.AppenderBase<ch.qos.logback.classic.spi.ILoggingEvent> marker =
                new ch.qos.logback.core.AppenderBase<>() {
                    @Override
                    protected void append(ch.qos.logback.classic.spi.ILoggingEvent event) {
                        if (event.getFormattedMessage().startsWith("Received upload")) {
                            received.set(event.getTimeStamp());
                        }
                    }
                };
        marker.start();
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(IoTableService.class)).addAppender(marker);
        try {
            for (int round = 1; round <= rounds; round++) {
                Page page = signedIn(app);
                heap.reset();
                long t0 = System.nanoTime();
                page.locator("#io-upload input[type=file]").setInputFiles(zip);
                page.waitForURL(u -> u.matches(".*/io-tables/[0-9]+$"), new Page.WaitForURLOptions().setTimeout(600_000));
                page.locator("#io-table-name").waitFor();
                long upload = ms(t0);
                String detail = page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                        .setHasText("Stored ")).last().innerText().replace('\n', ' ');
                lines.add(String.format(Locale.ROOT, "round %d upload-to-table-page %d ms (peak heap %d MB) — %s",
                        round, upload, heap.peakMb(), detail));
                // the indicators tab opens with an indicator chosen: its grid is the first the user sees
                long g0 = System.nanoTime();
                page.locator("#io-row-count").filter(new Locator.FilterOptions().setHasText("rows"))
                        .waitFor(new Locator.WaitForOptions().setTimeout(600_000));
                page.locator("#io-grid vaadin-grid-cell-content").first().waitFor();
                long firstGrid = ms(g0);
                long fromEndOfUpload = System.currentTimeMillis() - received.get();
                lines.add(String.format(Locale.ROOT, "round %d first grid (%s) %d ms after the page showed, %d ms"
                        + " after the upload began, %d ms after the upload finished (the server's \"Received upload\")",
                        round, page.locator("#io-indicator input").inputValue(), firstGrid, upload + firstGrid,
                        fromEndOfUpload));
                String tableUrl = page.url();
                for (String id : INDICATORS) {
                    heap.reset();
                    long first = choose(page, id);
                    long firstHeap = heap.peakMb();
                    page.navigate(tableUrl);
                    long cached = choose(page, id);
                    lines.add(String.format(Locale.ROOT, "round %d %-36s first %6d ms (peak heap %d MB), cached %5d ms",
                            round, id, first, firstHeap, cached));
                    page.navigate(tableUrl);
                }
                if (round < rounds) {
                    page.locator("#io-delete").click();
                    page.locator("vaadin-confirm-dialog-overlay [slot='confirm-button']").click();
                    page.waitForURL(u -> u.endsWith("/io-tables"));
                }
                page.context().close();
            }
        } finally {
            app.close();
        }
        app = start(work);
        try {
            Page page = signedIn(app);
            page.locator("#io-tables-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText(table.getFileName().toString())).first().click();
            page.locator("#io-table-name").waitFor();
            String tableUrl = page.url();
            for (String id : INDICATORS) {
                long stored = choose(page, id);
                lines.add(String.format(Locale.ROOT, "after restart %-36s from the store %5d ms", id, stored));
                page.navigate(tableUrl);
            }
            page.context().close();
        } finally {
            app.close();
            heap.stop();
        }
    }

    private static long choose(Page page, String id) {
        page.locator("#io-indicator input").waitFor();
        long t0 = System.nanoTime();
        page.locator("#io-indicator input").fill(id);
        page.locator("vaadin-combo-box-item:visible").filter(new Locator.FilterOptions().setHasText(id)).first()
                .click();
        page.locator("#io-row-count").filter(new Locator.FilterOptions().setHasText("rows"))
                .waitFor(new Locator.WaitForOptions().setTimeout(600_000));
        page.locator("#io-grid vaadin-grid-cell-content").first().waitFor();
        return ms(t0);
    }

    private static Page signedIn(ConfigurableApplicationContext app) {
        String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port") + "/";
        Browser browser = Browsers.chromium();
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US")
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(120_000);
        Page page = context.newPage();
        page.navigate(base + "login");
        page.locator("input[name='username']").fill("demo-consultant");
        page.locator("input[name='password']").fill("consultant-demo-2026");
        page.locator("vaadin-button[slot='submit']").click();
        page.locator("#side-nav").waitFor();
        page.navigate(base + "io-tables");
        page.locator("#io-upload").waitFor();
        return page;
    }

    private static ConfigurableApplicationContext start(Path work) {
        // command-line arguments, so that they win over application.properties
        return new SpringApplicationBuilder(Application.class).profiles("demo")
                .run("--server.port=0", "--gvclab.data-dir=" + work.resolve("data"),
                        "--gvclab.admin-password=bench-admin-password", "--logging.level.root=warn",
                        "--logging.level.org.gvclab.web.iotable=info");
    }

    private static void zip(Path dir, Path zip) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out);
             Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                z.putNextEntry(new ZipEntry(f.getFileName().toString()));
                Files.copy(f, z);
                z.closeEntry();
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e.getMessage());
        }
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** Samples the used heap every 5 ms (includes garbage not yet collected: an upper bound of the live set). */
    private static final class HeapPeak {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private final Thread sampler;
        private volatile boolean running = true;

        HeapPeak() {
            sampler = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        void reset() {
            System.gc();
            peak.set(memory.getHeapMemoryUsage().getUsed());
        }

        long peakMb() {
            return peak.get() >> 20;
        }

        void stop() {
            running = false;
            sampler.interrupt();
        }
    }
}
