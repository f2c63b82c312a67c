package org.gvclab.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.ConsoleMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gvclab.core.notebook.NotebookParameters;
import org.gvclab.core.notebook.NotebookTemplates;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterService;
import org.gvclab.web.notebook.NotebookService;
import org.gvclab.web.support.BrowserTest;
import org.gvclab.web.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Content-Security-Policy holds for the application as it is: every page, ECharts charts included (drawn from
 * the webjar at run time), loads and works in Chromium without one policy violation. Violations are collected from
 * the {@code securitypolicyviolation} events of each page and from the console, where Chromium also reports them.
 */
class ContentSecurityPolicyIT extends BrowserTest {

    private static final String COLLECT = "window.__csp = [];"
            + "document.addEventListener('securitypolicyviolation',"
            + " e => window.__csp.push(e.violatedDirective + ' blocked ' + e.blockedURI));";
    @Autowired
    ClusterService clusters;
    @Autowired
    NotebookService notebooks;

    private final List<String> violations = new ArrayList<>();

    private void watch() {
        page.addInitScript(COLLECT);
        page.onConsoleMessage((ConsoleMessage m) -> {
            if (m.text().contains("Content Security Policy") || m.text().contains("Content-Security-Policy")) {
                violations.add(page.url() + ": console: " + m.text());
            }
        });
    }

    @SuppressWarnings("unchecked")
    private void visit(String path, String readySelector) {
        page.navigate(url(path));
        assertThat(page.locator(readySelector).first()).isVisible();
        for (Object v : (List<Object>) page.evaluate("() => window.__csp || []")) {
            violations.add(path + ": " + v);
        }
    }

    private void signIn(String username, String password) {
        new LoginPage(page).open(url("login")).signIn(username, password);
        assertThat(page.locator("#side-nav")).isVisible();
    }

    @Test
    void no_page_of_the_application_violates_the_content_security_policy() {
        SignedIn.as("demo-consultant", "CONSULTANT");
        Cluster cluster = clusters.visible().get(0);
        long notebook = notebooks.create(cluster.jurisdictionId(), NotebookTemplates.policyBrief("en",
                new NotebookParameters(String.valueOf(cluster.id()), List.of(), null, null))).id();
        SignedIn.clear();
        watch();

        visit("login", "vaadin-login-form");
        visit("join", "#join-code-input");
        signIn("demo-consultant", "consultant-demo-2026");
        visit("", "#side-nav");
        visit("clusters", "#side-nav");
        visit("clusters/" + cluster.id(), "#years-grid");
        visit("clusters/" + cluster.id() + "/diagnosis", "#factor-radar[data-chart-ready='true']");
        visit("clusters/" + cluster.id() + "/questionnaires", "#side-nav");
        visit("clusters/" + cluster.id() + "/history", "#side-nav");
        visit("clusters/" + cluster.id() + "/strategies", "#side-nav");
        visit("benchmark", "#side-nav");
        visit("notebooks", "#side-nav");
        visit("notebooks/" + notebook, "[data-chart-ready='true']");
        visit("workshops", "#side-nav");
        visit("indicators", "#side-nav");
        visit("io-tables", "#io-upload");
        visit("profile", "#current-password");
        page.locator("#logout").click();
        new LoginPage(page).shown();

        signIn("demo-admin", "admin-demo-2026");
        for (String admin : Set.of("admin/users", "admin/jurisdictions", "admin/reference-values")) {
            visit(admin, "#side-nav");
        }

        assertThat(violations).isEmpty();

        // the collector does see a violation: an image from another origin is blocked (before any request is made)
        page.evaluate("() => { const i = new Image(); i.src = 'https://blocked.invalid/x.png';"
                + " document.body.appendChild(i); }");
        page.waitForFunction("() => window.__csp.some(v => v.startsWith('img-src'))");
    }
}
