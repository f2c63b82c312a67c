package org.gvclab.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.gvclab.web.support.BrowserTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The dashboard tells an official how the cluster is doing and what to do next, readable on screen and phone. */
class DashboardIT extends BrowserTest {

    @ParameterizedTest(name = "{0} at {1}×{2}")
    @MethodSource("org.gvclab.web.browser.Screens#languagesAndSizes")
    void an_official_sees_the_lock_in_index_its_band_and_the_next_step(String locale, int width, int height) {
        {
            Page p = open(locale, width, height);
            new LoginPage(p).open(url("login")).signIn("demo-official", "official-demo-zhuji-2026");
            // other tests add clusters to Zhuji: the demo cluster's card
            Locator card = p.locator(".cluster-status").filter(new Locator.FilterOptions()
                    .setHasText(Pattern.compile("Zhuji Datang|诸暨大唐")));
            assertThat(card).hasCount(1);
            assertThat(p.locator(".jurisdiction-card")).hasCount(1);
            assertThat(card.locator(".lock-in-index")).hasText(Pattern.compile("^\\d{1,3}\\.\\d$"));
            assertThat(card).containsText("P10–P90");
            assertThat(card.locator(".next-step")).hasAttribute("href", Pattern.compile("clusters/\\d+"));
            assertThat(card.locator(".drivers li").first()).isVisible();
            assertThat(card.locator(".recommended-path")).isVisible();
            assertThat(card.locator(".completeness")).isVisible();
            Screens.assertReadable(p, "#dashboard");
        }
    }

    @ParameterizedTest(name = "{0} at {1}×{2}")
    @MethodSource("org.gvclab.web.browser.Screens#languagesAndSizes")
    void a_consultant_compares_the_clusters_in_one_table(String locale, int width, int height) {
        {
            Page p = open(locale, width, height);
            new LoginPage(p).open(url("login")).signIn("demo-consultant", "consultant-demo-2026");
            assertThat(p.locator("#dashboard-table .dashboard-row").first()).isVisible();
            assertThat(p.locator(".cluster-status .lock-in-index").first())
                    .hasText(Pattern.compile("^\\d{1,3}\\.\\d$"));
            Screens.assertReadable(p, "#dashboard");
        }
    }

    /** Replaces the default browser context by one in {@code locale} at the given size (closed by the base). */
    private Page open(String locale, int width, int height) {
        context.close();
        context = Screens.context(locale, width, height);
        page = context.newPage();
        return page;
    }
}
