package org.gvclab.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.Set;
import org.gvclab.web.cluster.ClusterFixtures;
import org.jooq.DSLContext;
import org.gvclab.web.security.Role;
import org.gvclab.web.security.TenantScope;
import org.gvclab.web.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An official compares three strategies for a demo cluster and sees the ranking, the bands and the assumptions. */
class StrategyIT extends BrowserTest {

    @Autowired
    DSLContext dsl;

    private long socks() {
        return new ClusterFixtures(dsl).findAll(new TenantScope(0, "test", Role.ADMIN, Set.of())).stream()
                .filter(c -> c.nameEn().startsWith("Zhuji Datang")).findFirst().orElseThrow().id();
    }

    @Test
    void an_official_compares_three_strategies_and_sees_the_ranking_and_the_bands() {
        new LoginPage(page).open(url("login")).signIn("demo-official", "official-demo-zhuji-2026");
        page.navigate(url("clusters/" + socks() + "/strategies"));
        for (String off : new String[] {"S2 ", "S4 "}) {
            Locator box = page.locator("#strategy-choice vaadin-checkbox").filter(new Locator.FilterOptions()
                    .setHasText(off)).first();
            assertThat(box).hasAttribute("checked", "");
            box.locator("input").click();
            assertThat(box).not().hasAttribute("checked", "");
        }
        page.locator("#horizon input").fill("10");
        page.locator("#run-comparison").click();

        Locator ranking = page.locator("#ranking-grid");
        assertThat(ranking).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                .setTimeout(org.gvclab.web.support.Browsers.LONG_STEP_TIMEOUT_MS));
        assertThat(ranking).containsText("S0");
        assertThat(ranking).containsText("S1");
        assertThat(ranking).containsText("S3");
        assertThat(ranking).not().containsText("S2");
        assertThat(page.locator("#outcome-table")).containsText("Lock-in index");
        Locator charts = page.locator(".trajectory-chart[data-chart-ready='true']");
        assertThat(charts).hasCount(4);
        String option = (String) charts.first().evaluate("el => el.optionJson");
        assertThat(option).contains("P10–P90").contains("S3");
        assertThat(page.locator("#assumption-grid")).containsText("assumption");
        assertThat(page.locator("#strategy-results")).hasAttribute("data-ranked-first",
                java.util.regex.Pattern.compile("S[013]"));
    }

    @Test
    void changing_an_assumption_is_used_in_the_next_run_and_marked() {
        new LoginPage(page).open(url("login")).signIn("demo-official", "official-demo-zhuji-2026");
        page.navigate(url("clusters/" + socks() + "/strategies"));
        page.locator("#parameters").click();
        Locator value = page.locator(".parameter-value").first();
        String parameter = value.getAttribute("data-parameter");
        String original = value.locator("input").inputValue();
        value.locator("input").fill(String.valueOf(Double.parseDouble(original) * 1.2));
        value.locator("input").press("Tab");
        page.locator("#run-comparison").click();

        Locator assumptions = page.locator("#assumption-grid");
        assertThat(assumptions).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                .setTimeout(org.gvclab.web.support.Browsers.LONG_STEP_TIMEOUT_MS));
        assertThat(assumptions).containsText("*");
        assertThat(parameter).isNotBlank();
    }
}
