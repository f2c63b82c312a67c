package org.gvclab.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gvclab.web.cluster.ClusterDataService;
import org.gvclab.web.cluster.ClusterService;
import org.gvclab.web.jurisdiction.JurisdictionService;
import org.gvclab.web.support.BrowserTest;
import org.gvclab.web.support.OfficialClusters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A consultant makes a policy brief from the template, switches the cluster parameter and sees the computed cells
 * refresh, downloads the PDF and the workbook; a markdown cell carrying a script payload stays inert.
 */
class NotebookIT extends BrowserTest {

    private static final String SECOND = "Notebook test second cluster";

    @Autowired
    ClusterService clusters;
    @Autowired
    ClusterDataService data;
    @Autowired
    JurisdictionService jurisdictions;

    @BeforeEach
    void secondZhujiClusterWithData() {
        OfficialClusters.ensure(clusters, data, jurisdictions, "笔记本测试第二集群", SECOND,
                Map.ofEntries(Map.entry("firms", 300.0),
                        Map.entry("employees", 5000.0), Map.entry("gross_output", 300000.0),
                        Map.entry("value_added", 90000.0), Map.entry("sales", 290000.0), Map.entry("exports", 50000.0),
                        Map.entry("domestic_sales", 230000.0), Map.entry("rd_expenditure", 9000.0),
                        Map.entry("obm_sales", 100000.0), Map.entry("oem_sales", 120000.0),
                        Map.entry("odm_sales", 60000.0)));
    }

    private void createPolicyBrief() {
        new LoginPage(page).open(url("login")).signIn("demo-official", "official-demo-zhuji-2026");
        page.locator("#side-nav").getByText("Notebooks").click();
        page.locator("#create-notebook").click();
        Vaadin.pick(page, "#new-notebook-cluster", "Zhuji Datang");
        Vaadin.choose(page, "#new-notebook-language", "English");
        page.locator("#confirm-new-notebook").click();
        // creating the brief evaluates every cell, the strategy comparison's Monte Carlo included
        assertThat(page.locator("#cells")).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions
                .IsVisibleOptions().setTimeout(org.gvclab.web.support.Browsers.LONG_STEP_TIMEOUT_MS));
    }

    @Test
    void a_policy_brief_refreshes_its_cells_when_the_cluster_changes_and_downloads_as_pdf_and_excel()
            throws Exception {
        createPolicyBrief();
        Locator diagnosis = page.locator(".notebook-cell[data-kind='DIAGNOSIS_SUMMARY'] .cell-result-area");
        assertThat(diagnosis).containsText("Lock-in index 2023");
        assertThat(page.locator(".notebook-cell[data-kind='INDICATOR_TABLE']"))
                .containsText("Zhuji Datang socks cluster");
        String before = diagnosis.getAttribute("data-evaluation");
        Locator summaryText = page.locator(".notebook-cell[data-kind='MARKDOWN']").first()
                .locator(".cell-result-area");
        String textBefore = summaryText.getAttribute("data-evaluation");

        Vaadin.pick(page, "#param-cluster", SECOND);

        assertThat(page.locator(".notebook-cell[data-kind='INDICATOR_TABLE']")).containsText(SECOND,
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                        .setTimeout(org.gvclab.web.support.Browsers.LONG_STEP_TIMEOUT_MS));
        assertThat(diagnosis).not().hasAttribute("data-evaluation", before);
        assertThat(summaryText).hasAttribute("data-evaluation", textBefore);
        // cells are computed in the background, the strategy comparison's Monte Carlo last: the brief is downloaded
        // once the notebook shows it for the new cluster (a computing step)
        assertThat(page.locator(".notebook-cell[data-kind='STRATEGY_COMPARISON'] .cell-result-area")).hasAttribute(
                "data-evaluation", diagnosis.getAttribute("data-evaluation"),
                new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions()
                        .setTimeout(org.gvclab.web.support.Browsers.LONG_STEP_TIMEOUT_MS));

        Download pdf = page.waitForDownload(() -> page.locator("#download-pdf").click());
        try (InputStream in = pdf.createReadStream(); PDDocument doc = Loader.loadPDF(in.readAllBytes())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Summary").contains("Diagnosis").contains(SECOND);
        }
        Download xlsx = page.waitForDownload(() -> page.locator("#download-xlsx").click());
        try (InputStream in = xlsx.createReadStream();
             XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(in.readAllBytes()))) {
            assertThat(wb.getNumberOfSheets()).isGreaterThan(2);
        }
    }

    @Test
    void a_new_brief_is_listed_under_a_title_that_names_its_cluster() {
        createPolicyBrief();
        page.locator("#side-nav").getByText("Notebooks").click();
        assertThat(page.locator("#notebooks-grid")).containsText("Policy brief · Zhuji Datang");
    }

    @Test
    void a_markdown_cell_with_a_script_payload_is_inert_in_the_view() {
        createPolicyBrief();
        page.onDialog(d -> {
            throw new AssertionError("a script ran: " + d.message());
        });
        Locator source = page.locator(".notebook-cell[data-kind='MARKDOWN'] textarea").first();
        source.fill("# Safe\n\n<script>window.__xss = 1</script><img src=x onerror=\"window.__xss=2\">"
                + "[link](javascript:window.__xss=3)");
        Locator preview = page.locator(".notebook-cell[data-kind='MARKDOWN']").first().locator(".markdown");
        assertThat(preview).containsText("Safe");
        page.waitForTimeout(500);
        assertThat(page.evaluate("() => window.__xss === undefined")).isEqualTo(true);
        assertThat(preview.locator("script")).hasCount(0);
        assertThat(preview.locator("img[onerror]")).hasCount(0);
        assertThat(preview.locator("a[href^='javascript']")).hasCount(0);
    }
}
