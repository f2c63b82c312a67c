package org.gvclab.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.Set;
import java.util.regex.Pattern;
import org.gvclab.web.cluster.ClusterFixtures;
import org.gvclab.web.security.Role;
import org.gvclab.web.security.TenantScope;
import org.gvclab.web.support.BrowserTest;
import org.gvclab.web.support.Browsers;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The diagnosis and strategy pages read well in both languages on a screen and a phone: the model's results with
 * units and assumptions marked, two-line P10–P90 cells, labelled strategies, and nothing cut.
 */
class ReadablePagesIT extends BrowserTest {

    @Autowired
    DSLContext dsl;

    private long zhuji() {
        return new ClusterFixtures(dsl).findAll(new TenantScope(0, "test", Role.ADMIN, Set.of())).stream()
                .filter(c -> c.nameEn().startsWith("Zhuji Datang")).findFirst().orElseThrow().id();
    }

    private Page open(String locale, int width, int height) {
        context.close();
        context = Screens.context(locale, width, height);
        page = context.newPage();
        new LoginPage(page).open(url("login")).signIn("demo-official", "official-demo-zhuji-2026");
        page.locator(".cluster-status").first().waitFor();
        return page;
    }

    @ParameterizedTest(name = "{0} at {1}×{2}")
    @MethodSource("org.gvclab.web.browser.Screens#languagesAndSizes")
    void the_diagnosis_shows_the_model_results_with_units_and_marked_assumptions(String locale, int width,
                                                                                 int height) {
        Page p = open(locale, width, height);
        p.navigate(url("clusters/" + zhuji() + "/diagnosis"));
        assertThat(p.locator("#lock-in-index")).hasText(Pattern.compile("^\\d{1,3}\\.\\d$"),
                new LocatorAssertions.HasTextOptions().setTimeout(Browsers.LONG_STEP_TIMEOUT_MS));
        assertThat(p.locator("#lock-in-band")).containsText("P10–P90");
        assertThat(p.locator("#io-evidence")).isVisible();
        assertThat(p.locator("#innovation-agglomeration")).isVisible();
        assertThat(p.locator("#rent-distribution")).isVisible();
        assertThat(p.locator("#chain-upgrading")).isVisible();
        // the notes promise assumption-based values "marked *": the grid marks them
        assertThat(p.locator("#indicator-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("\\d \\*$"))).first()).isAttached();
        Screens.assertReadable(p, "#diagnosis-view");
    }

    @ParameterizedTest(name = "{0} at {1}×{2}")
    @MethodSource("org.gvclab.web.browser.Screens#languagesAndSizes")
    void the_strategy_page_shows_npv_beside_topsis_with_two_line_cells(String locale, int width, int height) {
        Page p = open(locale, width, height);
        p.navigate(url("clusters/" + zhuji() + "/strategies"));
        Locator choices = p.locator("#strategy-choice vaadin-checkbox");
        assertThat(choices.first()).isVisible();
        assertThat(choices.filter(new Locator.FilterOptions().setHasText("S1"))).hasCount(1);
        p.locator("#draws input").fill("50");
        p.locator("#run-comparison").click();
        assertThat(p.locator("#npv-grid")).isVisible(new LocatorAssertions.IsVisibleOptions()
                .setTimeout(Browsers.LONG_STEP_TIMEOUT_MS));
        assertThat(p.locator("#npv-basis")).containsText(Pattern.compile("\\d+\\.\\d%"));
        assertThat(p.locator("#applied-weights li").first()).containsText("%");
        assertThat(p.locator("#sensitivity-grid")).isVisible();
        assertThat(p.locator("#npv-verdict")).not().isEmpty();
        // the P10–P90 band is the second line of each outcome cell, not clipped behind "…"
        assertThat(p.locator("#outcome-table vaadin-grid-cell-content div div").nth(1)).containsText("–");
        // a range with a negative bound reads "a to b" (至), never a dash between minus signs ("-3–-1")
        String ranges = p.locator("#npv-grid").innerText() + p.locator("#outcome-table").innerText();
        Pattern dashAmongMinus = Pattern.compile("[-−][0-9][0-9.,]*\\s*–\\s*[-−]?[0-9]");
        org.assertj.core.api.Assertions.assertThat(dashAmongMinus.matcher(ranges).find())
                .as("a dash next to a minus sign in: " + ranges).isFalse();
        Screens.assertReadable(p, "#strategy-view");
    }
}
