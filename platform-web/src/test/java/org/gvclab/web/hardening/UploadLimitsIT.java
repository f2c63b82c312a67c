package org.gvclab.web.hardening;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gvclab.web.support.Browsers;
import org.gvclab.web.support.ForkedApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each oversized or bomb upload of the security probe (issue 15) sent to the real upload endpoint of the application
 * running with a 512 MiB heap (and {@code -XX:+ExitOnOutOfMemoryError}, so running out of memory would end it): the
 * user gets a clear message and the server stays alive. The browser's own size check is switched off first, so the
 * files reach the server, as they did in the probe.
 */
class UploadLimitsIT {

    @TempDir
    static Path dir;
    private static ForkedApp app;
    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void startSmallHeapApp() {
        app = ForkedApp.start("upload-limits", dir.resolve("data"), "512m");
    }

    @AfterAll
    static void stopApp() {
        if (app != null) {
            app.close();
        }
    }

    @BeforeEach
    void signIn() {
        context = Browsers.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 900));
        page = app.signIn(context.newPage(), "demo-consultant", "consultant-demo-2026");
    }

    @AfterEach
    void closeBrowser() {
        context.close();
        assertThat(app.alive()).as("the server still answers after the upload").isTrue();
    }

    private void openFirstCluster() {
        page.locator(".cluster-link").first().click();
        page.locator("#import-upload").waitFor();
        page.locator("#import-upload").evaluate("u => u.maxFileSize = Infinity");
    }

    private void openIoTables() {
        page.navigate(app.url("io-tables"));
        page.locator("#io-upload").waitFor();
        page.locator("#io-upload").evaluate("u => u.maxFileSize = Infinity");
    }

    @Test
    void a_40_mb_cluster_csv_is_refused_by_the_server_with_its_limit() throws IOException {
        Path csv = dir.resolve("forty.csv");
        try (OutputStream out = Files.newOutputStream(csv)) {
            byte[] line = "2020,1\n".getBytes(StandardCharsets.US_ASCII);
            out.write("year,gross_output\n".getBytes(StandardCharsets.US_ASCII));
            for (long written = 0; written < 40L << 20; written += line.length) {
                out.write(line);
            }
        }
        openFirstCluster();
        page.locator("#import-upload input[type=file]").setInputFiles(csv);
        assertThat(page.getByText("The file forty.csv is larger than 20 MB and was not read.")).isVisible();
        assertThat(page.locator("#import-preview")).hasCount(0);
    }

    @Test
    void a_19_mb_csv_of_millions_of_rows_gets_one_clear_problem_not_millions() throws IOException {
        Path csv = dir.resolve("many-rows.csv");
        try (OutputStream out = Files.newOutputStream(csv)) {
            out.write("year,gross_output\n".getBytes(StandardCharsets.US_ASCII));
            byte[] line = "x,y\n".getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written < 19L << 20; written += line.length) {
                out.write(line);
            }
        }
        openFirstCluster();
        page.locator("#import-upload input[type=file]").setInputFiles(csv);
        assertThat(page.locator("#import-preview")).containsText("more than 500 data rows");
        assertThat(page.locator("#import-problem-count")).containsText("1 error(s)");
    }

    @Test
    void an_xlsx_zip_bomb_for_the_cluster_import_is_named_as_such() throws IOException {
        Path xlsx = dir.resolve("bomb.xlsx");
        writeZip(xlsx, "[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8),
                "xl/worksheets/sheet1.xml", 200L << 20, (byte) '0');
        openFirstCluster();
        page.locator("#import-upload input[type=file]").setInputFiles(xlsx);
        assertThat(page.locator("#import-preview")).containsText("zip bomb");
    }

    @Test
    void a_golden_zip_of_two_500_mib_entries_of_zeros_gets_a_clear_message() throws IOException {
        Path zip = dir.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : new String[] {"Z.csv", "Y.csv"}) {
                out.putNextEntry(new ZipEntry(name));
                byte[] zeros = new byte[1 << 20];
                java.util.Arrays.fill(zeros, (byte) '0');
                for (int i = 0; i < 500; i++) {
                    out.write(zeros);
                }
            }
        }
        assertThat(Files.size(zip)).isLessThan(5L << 20);
        openIoTables();
        page.locator("#io-upload input[type=file]").setInputFiles(zip);
        assertThat(page.locator("#io-error-problem")).containsText("zip bomb");
        assertThat(page.locator("#io-nothing-stored")).isVisible();
    }

    @Test
    void a_file_that_is_not_a_zip_and_an_xlsx_bomb_as_io_tables_get_clear_messages() throws IOException {
        Path notZip = dir.resolve("table.zip");
        Files.writeString(notZip, "this is not a zip at all");
        openIoTables();
        page.locator("#io-upload input[type=file]").setInputFiles(notZip);
        assertThat(page.locator("#io-error-problem")).containsText("not a readable zip");

        Path wiod = dir.resolve("wiod.xlsx");
        writeWorkbookBomb(wiod, 300L << 20);
        page.locator("#io-upload input[type=file]").setInputFiles(wiod);
        assertThat(page.locator("#io-error-file")).hasText("wiod.xlsx");
        assertThat(page.locator("#io-error-problem")).containsText("zip bomb");
    }

    /** A real .xlsx whose sheet is replaced by one that unpacks to {@code bytes} of blanks: POI's guard catches it. */
    private static void writeWorkbookBomb(Path file, long bytes) throws IOException {
        java.io.ByteArrayOutputStream valid = new java.io.ByteArrayOutputStream();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            wb.createSheet("WIOT").createRow(0).createCell(0).setCellValue("World Input-Output Table");
            wb.write(valid);
        }
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(valid.toByteArray()));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    out.write(("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                            + "spreadsheetml/2006/main\"><sheetData>").getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1 << 20];
                    java.util.Arrays.fill(blanks, (byte) ' ');
                    for (long w = 0; w < bytes; w += blanks.length) {
                        out.write(blanks);
                    }
                    out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
            }
        }
    }

    private static void writeZip(Path file, String smallName, byte[] small, String bigName, long bigBytes, byte fill)
            throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            out.putNextEntry(new ZipEntry(smallName));
            out.write(small);
            out.putNextEntry(new ZipEntry(bigName));
            byte[] chunk = new byte[1 << 20];
            java.util.Arrays.fill(chunk, fill);
            for (long w = 0; w < bigBytes; w += chunk.length) {
                out.write(chunk);
            }
        }
    }
}
