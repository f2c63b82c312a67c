package org.gvclab.web.browser;

import static org.gvclab.web.support.TextChecks.DEVELOPER_FILES;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.gvclab.web.security.Role;
import org.gvclab.web.security.UserAccounts;
import org.gvclab.web.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The Methods page: readable by any signed-in user in both languages, and the target of provenance links. */
class MethodsIT extends BrowserTest {

    /** The team's files outside the repository, which a user must never be sent to. */

    @Autowired
    UserAccounts users;
    @Autowired
    PasswordEncoder encoder;

    private void signInAsNewOfficial(String username) {
        if (users.findByUsername(username).isEmpty()) {
            users.insert(username, username, encoder.encode("methods-reader-2026"), Role.OFFICIAL, null,
                    OffsetDateTime.now());
        }
        new LoginPage(page).open(url("login")).signIn(username, "methods-reader-2026");
        assertThat(page.locator("#side-nav")).isVisible();
    }

    @Test
    void the_methods_page_opens_from_the_menu_in_english_with_contents_and_no_developer_file_names() {
        signInAsNewOfficial("methods-reader-en");
        page.locator("#side-nav").getByText("Methods").click();

        Locator text = page.locator("#methods-text");
        assertThat(text.locator("h1#methods")).hasText("Methods");
        assertThat(text.locator("h1#cluster-model")).hasText("The cluster model");
        assertThat(text.locator("h2#topsis")).isVisible();
        assertThat(text.locator("table").first()).isVisible();
        assertThat(page.locator("#methods-contents")).containsText("Lock-in index");
        assertThat(page.locator("body")).not().containsText(DEVELOPER_FILES);
        assertThat(text.locator("script")).hasCount(0);
        // for a reviewer: how the page looks (target/playwright, not committed)
        page.locator("#methods-text h2#io-core").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/playwright/methods-en.png")));
    }

    @Test
    void the_methods_page_is_in_chinese_when_the_user_reads_chinese() {
        signInAsNewOfficial("methods-reader-zh");
        page.locator("#language-select").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("简体中文")).click();
        assertThat(page.locator("#side-nav")).containsText("方法说明");

        page.navigate(url("methods#lock-in-index"));

        Locator text = page.locator("#methods-text");
        assertThat(text.locator("h1#methods")).hasText("方法说明");
        assertThat(text.locator("h2#lock-in-index")).hasText("低端锁定指数");
        assertThat(text.locator("h2#lock-in-index")).isInViewport();
        assertThat(page.locator("#methods-contents")).containsText("目录");
        assertThat(page.locator("body")).not().containsText(DEVELOPER_FILES);
    }

    @Test
    void a_provenance_link_of_the_diagnosis_lands_on_its_section() {
        new LoginPage(page).open(url("login")).signIn("demo-official", "official-demo-zhuji-2026");
        page.locator(".cluster-link").first().click();
        page.locator("#cluster-nav").getByText("Diagnosis").click();
        page.locator("#indicator-grid").getByText("R&D intensity").first().click();
        Locator link = page.locator("#provenance-method");
        assertThat(link).hasText("GVC Lab methods, “Indicators”");
        assertThat(page.locator("#provenance-dialog")).not().containsText(DEVELOPER_FILES);

        link.click();

        page.waitForURL(u -> u.endsWith("/methods#indicators"));
        assertThat(page.locator("#methods-text h2#indicators")).isInViewport();
    }
}
