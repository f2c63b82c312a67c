package org.gvclab.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Locator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import org.gvclab.core.base.Measure;
import org.gvclab.core.base.Msg;
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

    /**
     * Per measure (by its label), the lock-in index and factor scores of the demo clusters outside Zhuji as the page
     * would format them, less the values that are public anyway (the official's own cluster's, the national
     * reference values, and the bounds 0 and 100 that risk scores are clamped to).
     */
    private Map<String, Set<String>> otherJurisdictionsValues(Locale locale) {
        SignedIn.as("demo-consultant", "CONSULTANT");
        try {
            Map<String, Set<String>> own = new HashMap<>();
            Map<String, Set<String>> others = new HashMap<>();
            long zhuji = clusters.visible().stream().filter(c -> c.nameEn().startsWith("Zhuji Datang")).findFirst()
                    .orElseThrow().jurisdictionId();
            for (Cluster c : clusters.visible()) {
                java.util.Optional<DiagnosisResult> d = diagnoses.diagnoseLatest(c.id());
                if (d.isEmpty()) {
                    continue;
                }
                DiagnosisResult r = d.get();
                // the official's own jurisdiction (other tests add clusters to it) against every other one
                Map<String, Set<String>> target = c.jurisdictionId() == zhuji ? own : others;
                if (r.lockInIndex() != null) {
                    target.computeIfAbsent(Msg.of("paradox.lock_in_index").in(locale), k -> new HashSet<>())
                            .add(Measure.INDEX.format(r.lockInIndex(), locale));
                }
                for (GroupScore g : r.factors()) {
                    if (g.risk() != null) {
                        target.computeIfAbsent(g.group().label().in(locale), k -> new HashSet<>())
                                .add(Measure.INDEX.format(g.risk(), locale));
                    }
                }
            }
            Set<String> public_ = new HashSet<>();
            benchmarks.current().values().values().forEach(v -> public_.add(Measure.INDEX.format(v.value(), locale)));
            public_.add(Measure.INDEX.format(0, locale));
            public_.add(Measure.INDEX.format(100, locale));
            others.forEach((label, values) -> {
                values.removeAll(own.getOrDefault(label, Set.of()));
                values.removeAll(public_);
            });
            return others;
        } finally {
            SignedIn.clear();
        }
    }

    @ParameterizedTest(name = "{0} at {1}×{2}")
    @MethodSource("org.gvclab.web.browser.Screens#languagesAndSizes")
    void an_official_with_one_cluster_sees_peers_without_their_values(String locale, int width, int height) {
        Map<String, Set<String>> hidden = otherJurisdictionsValues(Locale.forLanguageTag(locale));
        assertThat(hidden.values().stream().mapToInt(Set::size).sum()).isPositive();
        {
            Page p = open(locale, width, height);
            new LoginPage(p).open(url("login")).signIn("demo-official", "official-demo-zhuji-2026");
            p.locator(".cluster-status").first().waitFor();
            p.navigate(url("benchmark"));
            assertThat(p.locator("#peer-grid .peer-row").first()).isVisible();
            assertThat(p.locator("#peer-intro")).not().isEmpty();
            // peer quartiles are shown: there are three other demo clusters
            assertThat(p.locator("#peer-grid .peer-row").first().innerText())
                    .containsPattern("\\n\\d+\\n\\d+–\\d+\\n"); // median over its quartiles, whole units
            int checked = 0;
            for (Locator row : p.locator("#peer-grid .peer-row").all()) {
                String label = row.locator("span").first().innerText().trim();
                String text = row.innerText();
                for (String value : hidden.getOrDefault(label, Set.of())) {
                    checked++;
                    assertThat(text).as("another jurisdiction's %s %s", label, value)
                            .doesNotContainPattern("(?<![\\d.])" + java.util.regex.Pattern.quote(value)
                                    + "(?![\\d])");
                }
            }
            assertThat(checked).isPositive();
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
