package org.gvclab.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.gvclab.core.base.Measure;
import org.gvclab.core.paradox.DiagnosisResult;
import org.gvclab.core.paradox.GroupScore;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterService;
import org.gvclab.web.diagnosis.DiagnosisService;
import org.gvclab.web.support.BrowserTest;
import org.gvclab.web.support.SignedIn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An official with one cluster sees where it stands among the clusters of other jurisdictions, in aggregates only:
 * no value of another jurisdiction's cluster appears on the page.
 */
class BenchmarkIT extends BrowserTest {

    @Autowired
    ClusterService clusters;
    @Autowired
    DiagnosisService diagnoses;
    @Autowired
    org.gvclab.web.benchmark.BenchmarkService benchmarks;

    /** The lock-in index and factor scores of the demo clusters outside Zhuji, as the page would format them. */
    private Set<String> otherJurisdictionsValues(Locale locale) {
        SignedIn.as("demo-consultant", "CONSULTANT");
        try {
            Set<String> own = new HashSet<>();
            Set<String> others = new HashSet<>();
            for (Cluster c : clusters.visible()) {
                DiagnosisResult r = diagnoses.diagnoseLatest(c.id()).orElseThrow();
                Set<String> target = c.nameEn().startsWith("Zhuji") ? own : others;
                target.add(Measure.INDEX.format(r.lockInIndex(), locale));
                for (GroupScore g : r.factors()) {
                    if (g.risk() != null) {
                        target.add(Measure.INDEX.format(g.risk(), locale));
                    }
                }
            }
            others.removeAll(own); // a value the official's own cluster shares is its own to see
            // public figures: the national reference values, and the bounds every risk score is clamped to
            benchmarks.current().values().values().forEach(v -> others.remove(Measure.INDEX.format(v.value(), locale)));
            others.remove(Measure.INDEX.format(0, locale));
            others.remove(Measure.INDEX.format(100, locale));
            return others;
        } finally {
            SignedIn.clear();
        }
    }

    @ParameterizedTest(name = "{0} at {1}×{2}")
    @MethodSource("org.gvclab.web.browser.Screens#languagesAndSizes")
    void an_official_with_one_cluster_sees_peers_without_their_values(String locale, int width, int height) {
        Set<String> hidden = otherJurisdictionsValues(Locale.forLanguageTag(locale));
        assertThat(hidden).isNotEmpty();
        {
            Page p = open(locale, width, height);
            new LoginPage(p).open(url("login")).signIn("demo-official", "official-demo-zhuji-2026");
            p.locator(".cluster-status").waitFor();
            p.navigate(url("benchmark"));
            assertThat(p.locator("#peer-grid .peer-row").first()).isVisible();
            assertThat(p.locator("#peer-intro")).not().isEmpty();
            String text = p.locator("#peer-panel").innerText();
            // peer quartiles are shown: there are three other demo clusters
            assertThat(p.locator("#peer-grid .peer-row").first()).containsText(
                    java.util.regex.Pattern.compile("\\d+\\.\\d–\\d+\\.\\d"));
            for (String value : hidden) {
                assertThat(text).as("another jurisdiction's value %s", value)
                        .doesNotContainPattern("(?<![\\d.])" + java.util.regex.Pattern.quote(value) + "(?![\\d])");
            }
            Screens.assertReadable(p, "#benchmark");
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
