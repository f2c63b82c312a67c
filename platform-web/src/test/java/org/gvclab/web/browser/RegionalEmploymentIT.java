package org.gvclab.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.gvclab.core.cluster.CurrencyUnit;
import org.gvclab.core.cluster.SampleClusters;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterDataService;
import org.gvclab.web.cluster.ClusterDraft;
import org.gvclab.web.cluster.ClusterService;
import org.gvclab.web.iotable.ImportProgress;
import org.gvclab.web.iotable.IoTableService;
import org.gvclab.web.iotable.StoredIoTable;
import org.gvclab.web.jurisdiction.JurisdictionService;
import org.gvclab.web.support.BrowserTest;
import org.gvclab.web.support.HandTable;
import org.gvclab.web.support.IoTestFiles;
import org.gvclab.web.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A consultant uploads regional employment for a cluster linked to an IO table (a broken file first: every problem
 * listed, nothing stored), then ranks strategies on the regional jobs effect and finds the FLQ multipliers among the
 * assumptions.
 */
class RegionalEmploymentIT extends BrowserTest {

    @Autowired
    IoTableService tables;
    @Autowired
    ClusterService clusters;
    @Autowired
    ClusterDataService data;
    @Autowired
    JurisdictionService jurisdictions;

    private long linkedCluster() throws IOException {
        SignedIn.as("demo-consultant", "CONSULTANT");
        try {
            long yongkang = jurisdictions.visible().stream().filter(j -> j.code().equals("330784")).findFirst()
                    .orElseThrow().id();
            Cluster c = clusters.create(new ClusterDraft(yongkang, "区域就业测试", "Regional employment test", null,
                    null, null, CurrencyUnit.CNY_10K));
            for (YearlyRecord r : SampleClusters.all().get(1).records()) {
                data.saveYear(c.id(), r, null);
            }
            Path file = tables.newUploadFile("hand-2x3.zip");
            Files.write(file, IoTestFiles.zip(HandTable.files(), ""));
            StoredIoTable t = tables.startImport(file, "hand-2x3.zip", null, ImportProgress.none())
                    .orTimeout(60, TimeUnit.SECONDS).join().table();
            tables.link(c.id(), t.id(), "R1", "S2");
            return c.id();
        } finally {
            SignedIn.clear();
        }
    }

    private void chooseFile(String name, String content) {
        page.locator("#regional-employment-file input[type=file]").setInputFiles(new FilePayload(name, "text/csv",
                content.getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("#regional-employment-chosen")).hasText(name);
    }

    @Test
    void a_consultant_uploads_regional_employment_and_ranks_on_the_regional_jobs_effect() throws IOException {
        long id = linkedCluster();
        new LoginPage(page).open(url("login")).signIn("demo-consultant", "consultant-demo-2026");
        page.navigate(url("clusters/" + id));
        Locator status = page.locator("#regional-employment-status");
        assertThat(status).containsText("none uploaded");

        page.locator("#regional-employment-upload").click();
        page.locator("#regional-employment-factor input").fill("7");
        page.locator("#regional-employment-source input").fill("Yongkang statistical yearbook 2023");
        chooseFile("broken.csv", "sector,regional_employment,national_employment\nS1,20,200\nS2,300,200\nS9,1,2\n");
        page.locator("#regional-employment-save").click();
        Locator problems = page.locator("#regional-employment-problems");
        assertThat(problems).containsText("broken.csv, line 3, field regional_employment");
        assertThat(problems).containsText("broken.csv, line 4, field sector");
        assertThat(problems).containsText("S3");

        chooseFile("jobs.csv", HandTable.EMPLOYMENT);
        page.locator("#regional-employment-save").click();
        assertThat(status).containsText("3 sectors");
        assertThat(status).containsText("Yongkang statistical yearbook 2023");
        assertThat(page.locator("#regional-employment-remove")).isVisible();

        page.navigate(url("clusters/" + id + "/strategies"));
        page.locator("#regional-criteria").click();
        page.locator("vaadin-multi-select-combo-box-item:visible").filter(new Locator.FilterOptions()
                .setHasText("Regional jobs effect")).first().click();
        page.keyboard().press("Escape");
        page.locator("#horizon input").fill("5");
        page.locator("#run-comparison").click();

        Locator ranking = page.locator("#ranking-grid");
        assertThat(ranking).isVisible(new LocatorAssertions.IsVisibleOptions()
                .setTimeout(org.gvclab.web.support.Browsers.LONG_STEP_TIMEOUT_MS));
        // Vaadin 24's all-rows-visible grid sizes itself from an estimated row height and clips taller (wrapped) rows
        // until it is scrolled (vaadin/web-components#7160, #8023): scroll to the last row, as a user would
        Locator outcomes = page.locator("#outcome-table");
        outcomes.evaluate("grid => grid.scrollToIndex(grid.size - 1)");
        assertThat(outcomes).containsText("Regional jobs effect (vs S0)");
        Locator assumptions = page.locator("#assumption-grid");
        assumptions.evaluate("grid => grid.scrollToIndex(grid.size - 1)");
        assertThat(assumptions).containsText("Type I employment multiplier");
        assertThat(assumptions).containsText("FLQ δ = 0.3");
    }
}
