package org.gvclab.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.Map;
import org.gvclab.web.cluster.ClusterDataService;
import org.gvclab.web.cluster.ClusterService;
import org.gvclab.web.jurisdiction.JurisdictionService;
import org.gvclab.web.support.Browsers;
import org.gvclab.web.support.BrowserTest;
import org.gvclab.web.support.OfficialClusters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A consultant's policy brief opens with drafted text, not writing prompts; the summary they rewrite by hand is
 * marked as edited and stays as written when the cluster changes, while the drafted findings follow the new data.
 */
class DraftedTextBrowserIT extends BrowserTest {

    private static final String OTHER = "Drafted text test cluster";

    @Autowired
    ClusterService clusters;
    @Autowired
    ClusterDataService data;
    @Autowired
    JurisdictionService jurisdictions;

    @BeforeEach
    void anotherZhujiClusterWithData() {
        OfficialClusters.ensure(clusters, data, jurisdictions, "起草文字测试集群", OTHER,
                Map.ofEntries(Map.entry("firms", 300.0),
                        Map.entry("employees", 5000.0), Map.entry("gross_output", 300000.0),
                        Map.entry("value_added", 60000.0), Map.entry("sales", 290000.0), Map.entry("exports", 150000.0),
                        Map.entry("domestic_sales", 130000.0), Map.entry("rd_expenditure", 2000.0),
                        Map.entry("obm_sales", 20000.0), Map.entry("oem_sales", 220000.0),
                        Map.entry("odm_sales", 40000.0)));
    }

    @Test
    void an_edited_summary_survives_a_change_of_cluster_while_the_drafted_findings_follow_it() {
        new LoginPage(page).open(url("login")).signIn("demo-official", "official-demo-zhuji-2026");
        page.locator("#side-nav").getByText("Notebooks").click();
        page.locator("#create-notebook").click();
        Vaadin.pick(page, "#new-notebook-cluster", "Zhuji Datang");
        Vaadin.choose(page, "#new-notebook-language", "English");
        page.locator("#confirm-new-notebook").click();

        Locator drafted = page.locator(".notebook-cell[data-kind='DRAFTED_TEXT']");
        Locator summary = drafted.nth(0).locator(".cell-result-area");
        Locator findings = drafted.nth(1).locator(".cell-result-area");
        LocatorAssertions.ContainsTextOptions computing = new LocatorAssertions.ContainsTextOptions()
                .setTimeout(Browsers.LONG_STEP_TIMEOUT_MS);
        assertThat(summary).containsText("lock-in index stood at", computing);
        assertThat(summary).containsText("repay", computing);
        assertThat(findings).containsText("The indicators that push the index up most", computing);
        assertThat(page.locator("#cells")).not().containsText("In two or three sentences");
        String findingsBefore = findings.innerText();

        drafted.nth(0).locator("textarea").fill("Our own summary for the county leadership.");
        assertThat(summary).containsText("Our own summary for the county leadership.", computing);
        assertThat(drafted.nth(0).locator(".drafted-text-edited")).isVisible();

        Vaadin.pick(page, "#param-cluster", OTHER);
        assertThat(page.locator(".notebook-cell[data-kind='INDICATOR_TABLE']")).containsText(OTHER, computing);
        assertThat(findings).not().hasText(findingsBefore, new LocatorAssertions.HasTextOptions()
                .setTimeout(Browsers.LONG_STEP_TIMEOUT_MS));
        assertThat(findings).containsText("lock-in index", computing);
        assertThat(summary).containsText("Our own summary for the county leadership.");
        assertThat(summary).not().containsText("stood at");
    }
}
