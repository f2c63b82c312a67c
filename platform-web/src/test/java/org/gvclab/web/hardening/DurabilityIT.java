package org.gvclab.web.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.gvclab.core.cluster.CsvRecords;
import org.gvclab.core.cluster.SampleClusters;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.web.base.DataDirectoryEnvironmentPostProcessor;
import org.gvclab.web.support.Browsers;
import org.gvclab.web.support.ForkedApp;
import org.gvclab.web.support.IoTestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability (issue 15): {@code kill -9} of the server in the middle of a cluster import and of an IO table import
 * leaves a consistent database: the cluster import whole or not at all; the IO table whole, or recorded without its
 * data, which is never listed and which the next start removes (with an audit entry) before it serves or backs up; an online backup taken
 * by the running server, unzipped into a fresh data directory, brings back the clusters, notebooks and workshops.
 * The kill comes right after the server logs that the import's transaction has begun.
 */
class DurabilityIT {

    /** Years 1950–2009: the oldest the platform accepts, before the demo data's years. */
    private static final int YEARS = 60;
    private static final int FIRST = 1950;
    private static final List<String> TABLES = List.of("app_user", "jurisdiction", "industry_cluster", "cluster_year",
            "notebook", "workshop", "io_table", "io_table_data", "audit_log");

    private static final String WITHOUT_DATA = "select count(*) from io_table t where not exists "
            + "(select 1 from io_table_data d where d.table_id = t.id)";

    @TempDir
    Path dir;
    private final List<ForkedApp> started = new ArrayList<>();

    @AfterEach
    void stopAll() {
        started.forEach(ForkedApp::close);
    }

    private ForkedApp start(String name, Path data, String... args) {
        ForkedApp app = ForkedApp.start(name, data, "1g", args);
        started.add(app);
        return app;
    }

    @Test
    void kill_9_during_imports_leaves_all_or_nothing_and_a_backup_restores_into_a_fresh_directory()
            throws Exception {
        Path data = dir.resolve("data");
        String clusterId;

        // 1. a cluster import of 60 years, killed once its transaction has begun
        ForkedApp app = start("durability-1", data);
        try (BrowserContext context = browser()) {
            Page page = signIn(context, app);
            page.locator(".cluster-link").first().click();
            page.locator("#import-upload").waitFor();
            clusterId = page.url().replaceAll(".*/clusters/([0-9]+).*", "$1");
            Path csv = dir.resolve("sixty-years.csv");
            Files.write(csv, sixtyYears());
            page.locator("#import-upload input[type=file]").setInputFiles(csv);
            page.locator("#confirm-import").click();
            awaitLog(app, "Importing " + YEARS + " year(s) into cluster " + clusterId);
            app.kill();
        }

        // 2. restarted on the killed files, it serves again; an IO table import, killed once the transaction
        //    writing its data has begun (the table's summary is recorded first, its page opens, the data follows)
        app = start("durability-2", data);
        try (BrowserContext context = browser()) {
            Page page = signIn(context, app);
            page.navigate(app.url("io-tables"));
            Path zip = dir.resolve("table.zip");
            Files.write(zip, IoTestFiles.zip(IoTestFiles.generated(20, 25, 7), ""));
            page.locator("#io-upload input[type=file]").setInputFiles(zip);
            awaitLog(app, "Storing the data of IO table");
            app.kill();
        }

        // 3. each import is there completely or not at all (H2 recovers the files on opening them)
        long imported = count(data, "select count(*) from cluster_year where cluster_id = " + clusterId
                + " and data_year between " + FIRST + " and " + (FIRST + YEARS - 1));
        assertThat(imported).as("years of the killed import").isIn(0L, (long) YEARS);
        assertThat(count(data, "select count(*) from audit_log where entity = 'cluster_year' and action like 'import%'"))
                .as("an audit entry for each imported year, none without it").isEqualTo(imported);
        // the IO table: recorded with its audit entry, its data there or not (a table without its data is never
        // listed, and the next start removes it: checked below)
        long tables = count(data, "select count(*) from io_table");
        assertThat(tables).isIn(0L, 1L);
        long withoutData = count(data, WITHOUT_DATA);
        assertThat(count(data, "select count(*) from audit_log where entity = 'io_table' and action = 'create'"))
                .as("an audit entry exactly when the table is there").isEqualTo(tables);
        System.out.println("DurabilityIT: the killed cluster import left " + imported + " of " + YEARS
                + " years; the killed IO import left " + tables + " table(s), " + withoutData + " without its data");

        // 4. a notebook and a workshop to find again; the server starts on the twice-killed files and backs up
        try (Connection c = connect(data); Statement s = c.createStatement()) {
            s.execute("insert into notebook (jurisdiction_id, title, language, document_json, owner, created_at,"
                    + " updated_at) select jurisdiction_id, 'Backup test brief', 'en', '{}', 'demo-consultant',"
                    + " now(), now() from industry_cluster where id = " + clusterId);
            s.execute("insert into workshop (jurisdiction_id, cluster_id, title, facilitator, status, created_at)"
                    + " select jurisdiction_id, id, 'Backup test workshop', 'demo-consultant', 'OPEN', now()"
                    + " from industry_cluster where id = " + clusterId);
        }
        app = start("durability-3", data, "--gvclab.backup.cron=*/2 * * * * *");
        Path backup = awaitBackup(data.resolve("backups"));
        app.stop();
        // the start removed a table left without its data (with an audit entry), before serving or backing up
        assertThat(count(data, WITHOUT_DATA)).as("tables without their data after the next start").isZero();
        long left = count(data, "select count(*) from io_table");
        assertThat(left).isEqualTo(tables - withoutData);
        assertThat(count(data, "select count(*) from audit_log where entity = 'io_table' and action = 'create'")
                - count(data, "select count(*) from audit_log where entity = 'io_table' and action = 'delete'"))
                .as("audit entries: created minus removed = tables there").isEqualTo(left);
        Map<String, Long> before = counts(data);

        // 5. restore: unzip into a fresh data directory and start on it
        Path fresh = dir.resolve("restored");
        unzip(backup, fresh);
        assertThat(fresh.resolve("gvclab.mv.db")).exists();
        app = start("durability-4", fresh, "--gvclab.backup.cron=-");
        assertThat(app.alive()).isTrue();
        app.stop();
        Map<String, Long> after = counts(fresh);
        assertThat(after).isEqualTo(before);
        assertThat(after.get("notebook")).isPositive();
        assertThat(after.get("workshop")).isPositive();
        assertThat(count(fresh, "select count(*) from notebook where title = 'Backup test brief'")).isEqualTo(1);
        assertThat(count(fresh, "select count(*) from workshop where title = 'Backup test workshop'")).isEqualTo(1);
    }

    private static byte[] sixtyYears() throws IOException {
        YearlyRecord base = SampleClusters.all().get(0).records().get(0);
        List<YearlyRecord> records = new ArrayList<>();
        for (int y = FIRST; y < FIRST + YEARS; y++) {
            records.add(new YearlyRecord(y, base.values()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvRecords.write(out, records);
        return out.toByteArray();
    }

    private static BrowserContext browser() {
        return Browsers.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 900));
    }

    private static Page signIn(BrowserContext context, ForkedApp app) {
        return app.signIn(context.newPage(), "demo-consultant", "consultant-demo-2026");
    }

    private static void awaitLog(ForkedApp app, String text) throws InterruptedException {
        long until = System.currentTimeMillis() + (long) Browsers.LONG_STEP_TIMEOUT_MS;
        while (!app.log().contains(text)) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("the server never logged: " + text);
            }
            Thread.sleep(20);
        }
    }

    private static Path awaitBackup(Path backups) throws IOException, InterruptedException {
        long until = System.currentTimeMillis() + (long) Browsers.LONG_STEP_TIMEOUT_MS;
        while (System.currentTimeMillis() < until) {
            if (Files.isDirectory(backups)) {
                try (Stream<Path> files = Files.list(backups)) {
                    var done = files.filter(p -> p.getFileName().toString().endsWith(".zip")).sorted().toList();
                    if (!done.isEmpty()) {
                        return done.get(done.size() - 1);
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no backup appeared in " + backups);
    }

    private static void unzip(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Path out = target.resolve(e.getName()).normalize();
                assertThat(out.startsWith(target)).as("entry inside the target: " + e.getName()).isTrue();
                if (!e.isDirectory()) {
                    Files.createDirectories(out.getParent());
                    Files.copy(new java.io.FilterInputStream(in) {
                        @Override
                        public void close() {
                            // keep the zip stream open for the next entry
                        }
                    }, out);
                }
            }
        }
    }

    private static Connection connect(Path data) throws SQLException {
        return DriverManager.getConnection(DataDirectoryEnvironmentPostProcessor.h2FileUrl(data), "sa", "");
    }

    private static long count(Path data, String sql) throws SQLException {
        try (Connection c = connect(data); Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Map<String, Long> counts(Path data) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, count(data, "select count(*) from " + table));
        }
        return counts;
    }
}
