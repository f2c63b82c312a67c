package org.gvclab.web.support;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The whole application in a process of its own (demo mode, H2 file database in a given data directory), for tests
 * that need what a test JVM cannot give: a small heap, a {@code kill -9}, a restart on the same files. Uses the test
 * JVM's class path and the module folder as working directory, exactly like the README's run command; its log goes
 * to {@code target/forked-app/<name>.log}.
 */
public final class ForkedApp implements AutoCloseable {

    /** How long a start may take on a busy machine (dev mode, Flyway, demo data). */
    private static final Duration START = Duration.ofMinutes(4);
    private final Process process;
    private final int port;
    private final Path log;
    private final long logStart;

    private ForkedApp(Process process, int port, Path log, long logStart) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.logStart = logStart;
    }

    /**
     * Starts the application and waits until its sign-in page answers and the demo data is in place.
     *
     * @param name    names the log file
     * @param dataDir the data directory (database, backups)
     * @param heap    the JVM's maximum heap, e.g. {@code 512m}
     * @param args    more Spring arguments ({@code --key=value})
     */
    public static ForkedApp start(String name, Path dataDir, String heap, String... args) {
        try {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path log = Path.of("target", "forked-app", name + ".log").toAbsolutePath();
            Files.createDirectories(log.getParent());
            long logStart = Files.exists(log) ? Files.size(log) : 0;
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError",
                    "-cp", System.getProperty("java.class.path"),
                    "org.gvclab.web.Application",
                    "--server.port=" + port, "--spring.profiles.active=demo",
                    "--gvclab.data-dir=" + dataDir.toAbsolutePath(),
                    "--gvclab.admin-password=forked-app-admin-7731",
                    "--vaadin.launch-browser=false"));
            command.addAll(List.of(args));
            Process process = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            // never outlive the test JVM, whatever a test does
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            ForkedApp app = new ForkedApp(process, port, log, logStart);
            app.awaitUp();
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitUp() {
        long until = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited with " + process.exitValue() + "; see " + log);
            }
            // Tomcat answers before the demo accounts exist: wait for the seeding to be done too
            if (log().contains("Demo mode: ") && alive()) {
                return;
            }
            sleep(500);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the application did not start within " + START + "; see " + log);
    }

    /** Whether the process runs and its sign-in page answers 200. */
    public boolean alive() {
        if (!process.isAlive()) {
            return false;
        }
        try {
            HttpResponse<Void> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(HttpRequest.newBuilder(URI.create(url("login"))).timeout(Duration.ofSeconds(20)).build(),
                            HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** An address of the application; the loopback address itself, so every client counts as one address. */
    public String url(String path) {
        return "http://127.0.0.1:" + port + "/" + path;
    }

    /**
     * Signs {@code username} in on {@code page} and waits for the application's layout. The first page of a freshly
     * started application is a computing step (the development bundle is served and the first UI built), so it may
     * take {@link Browsers#LONG_STEP_TIMEOUT_MS}.
     */
    public Page signIn(Page page, String username, String password) {
        page.navigate(url("login"), new Page.NavigateOptions().setTimeout(Browsers.LONG_STEP_TIMEOUT_MS));
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.locator("vaadin-button[slot='submit']").click();
        page.locator("#side-nav").waitFor(new Locator.WaitForOptions().setTimeout(Browsers.LONG_STEP_TIMEOUT_MS));
        return page;
    }

    /** What this run of the application has logged so far. */
    public String log() {
        try {
            String all = Files.readString(log);
            return all.substring((int) Math.min(logStart, all.length()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code kill -9}: the process ends at once, without shutdown hooks or a clean database close. */
    public void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    /** A normal stop (SIGTERM): Spring closes the database cleanly. */
    public void stop() {
        process.destroy();
        waitForExit();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
