package org.gvclab.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gvclab.core.cluster.ExcelTemplate;
import org.gvclab.web.support.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * An official takes a new cluster from nothing to a diagnosis in the browser: adds the cluster, enters one year
 * by form, imports another year from the filled Excel template, and reads the diagnosis with its radar chart. A
 * broken file shows its problems by row and column and changes nothing.
 */
class ClusterDataIT extends BrowserTest {

    /** A plausible year of a small hosiery cluster (money in 10k CNY). */
    private static final Map<String, Double> YEAR_2022 = Map.ofEntries(
            Map.entry("firms", 420.0), Map.entry("lead_firms", 6.0), Map.entry("employees", 9800.0),
            Map.entry("gross_output", 520000.0), Map.entry("value_added", 93000.0), Map.entry("sales", 505000.0),
            Map.entry("domestic_sales", 300000.0), Map.entry("exports", 200000.0),
            Map.entry("rd_expenditure", 6000.0), Map.entry("obm_sales", 40000.0), Map.entry("odm_sales", 60000.0),
            Map.entry("oem_sales", 380000.0), Map.entry("new_product_sales", 45000.0),
            Map.entry("invention_patents", 9.0), Map.entry("standards_led", 1.0), Map.entry("certified_firms", 35.0),
            Map.entry("imported_intermediates", 30000.0), Map.entry("local_sourcing", 250000.0),
            Map.entry("top4_sales", 60000.0), Map.entry("restricted_market_share", 30.0),
            Map.entry("strategic_alignment", 3.0));

    private void signInAsOfficialAndCreateCluster(String nameEn) {
        new LoginPage(page).open(url("login")).signIn("demo-official", "official-demo-zhuji-2026");
        page.locator("#side-nav").getByText("Clusters").click();
        page.locator("#create-cluster").click();
        page.locator("#cluster-name-zh input").fill("测试袜业集群 " + nameEn);
        page.locator("#cluster-name-en input").fill(nameEn);
        page.locator("#save-cluster").click();
        assertThat(page.locator("#cluster-name")).hasText(nameEn);
    }

    private void enterYearByForm(int year, Map<String, Double> values) {
        page.locator("#add-year").click();
        page.locator("#field-year input").fill(String.valueOf(year));
        values.forEach((id, v) -> page.locator("#field-" + id + " input").fill(String.valueOf(v)));
        page.locator("#save-year").click();
        assertThat(page.locator("#year-form")).hasCount(0);
        assertThat(page.locator("#years-grid")).containsText(String.valueOf(year));
    }

    private byte[] downloadTemplate() throws IOException {
        Download download = page.waitForDownload(() -> page.locator("#download-template").click());
        try (InputStream in = download.createReadStream()) {
            return in.readAllBytes();
        }
    }

    /** Writes one more year into the template's data sheet, where the header row 4 holds the field ids. */
    private static byte[] withYear(byte[] template, int year, Map<String, Object> values) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
            Sheet data = wb.getSheet(ExcelTemplate.DATA_SHEET);
            Row ids = data.getRow(3);
            Row row = data.createRow(data.getLastRowNum() + 1);
            for (int c = 0; c < ids.getLastCellNum(); c++) {
                String id = ids.getCell(c).getStringCellValue();
                Object v = id.equals("year") ? (Object) (double) year : values.get(id);
                if (v instanceof Double d) {
                    row.createCell(c).setCellValue(d);
                } else if (v instanceof String s) {
                    row.createCell(c).setCellValue(s);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private void upload(String name, byte[] content) throws IOException {
        Path file = Files.createTempDirectory("gvclab-upload").resolve(name);
        Files.write(file, content);
        page.locator("#import-upload input[type=file]").setInputFiles(file);
        page.locator("#import-preview").waitFor();
    }

    @Test
    void an_official_goes_from_a_new_cluster_to_a_diagnosis_with_its_radar_chart() throws IOException {
        signInAsOfficialAndCreateCluster("Browser test hosiery cluster");
        enterYearByForm(2022, YEAR_2022);

        Map<String, Object> year2023 = new java.util.HashMap<>(YEAR_2022);
        year2023.put("gross_output", 560000.0);
        year2023.put("sales", 545000.0);
        year2023.put("domestic_sales", 330000.0);
        year2023.put("obm_sales", 52000.0);
        upload("filled-template.xlsx", withYear(downloadTemplate(), 2023, year2023));
        assertThat(page.locator("#import-preview")).containsText("2023");
        page.locator("#confirm-import").click();
        assertThat(page.locator("#years-grid")).containsText("2023");
        assertThat(page.locator("#years-grid")).containsText("2022");

        page.locator("#cluster-nav").getByText("Diagnosis").click();
        Locator radar = page.locator("#factor-radar[data-chart-ready='true']");
        assertThat(radar).isVisible();
        assertThat(radar.locator("svg")).hasCount(1);
        assertThat(radar).containsText("Technology gap");
        assertThat(page.locator("#lock-in-index")).not().hasText("—");
        assertThat(page.locator("#path-panel")).isVisible();
        assertThat(page.locator("#lock-in-trend[data-chart-ready='true']")).isVisible();

        page.locator("#indicator-grid").getByText("R&D intensity").first().click();
        assertThat(page.locator("#provenance-dialog")).containsText("R&D expenditure");
        assertThat(page.locator("#provenance-dialog")).containsText("2023");
    }

    @Test
    void a_broken_excel_file_shows_row_and_column_errors_and_changes_nothing() throws IOException {
        signInAsOfficialAndCreateCluster("Browser test broken import");
        enterYearByForm(2022, YEAR_2022);
        String before = page.locator("#years-grid").innerText();

        Map<String, Object> broken = new java.util.HashMap<>(YEAR_2022);
        broken.put("firms", "many");
        broken.put("restricted_market_share", 140.0);
        upload("broken.xlsx", withYear(downloadTemplate(), 2023, broken));

        Locator problems = page.locator("#import-problems");
        assertThat(problems).containsText("firms");
        assertThat(problems).containsText("restricted_market_share");
        assertThat(page.locator("#import-problem-count")).containsText("error");
        assertThat(page.locator("#confirm-import")).isDisabled();
        assertThat(page.locator("#import-nothing-saved")).isVisible();
        String rowsAndColumns = problems.innerText();
        assertThat(rowsAndColumns).contains("6");
        page.keyboard().press("Escape");
        assertThat(page.locator("#import-preview")).hasCount(0);

        upload("not-excel.xlsx", "this is not a spreadsheet".getBytes());
        assertThat(page.locator("#import-problems")).isVisible();
        assertThat(page.locator("#confirm-import")).isDisabled();
        page.keyboard().press("Escape");
        assertThat(page.locator("#import-preview")).hasCount(0);

        assertThat(page.locator("#years-grid")).not().containsText("2023");
        assertThat(page.locator("#years-grid").innerText()).isEqualTo(before);
    }
}
