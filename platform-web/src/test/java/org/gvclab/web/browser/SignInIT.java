package org.gvclab.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import java.time.OffsetDateTime;
import java.util.Set;
import org.gvclab.web.cluster.ClusterFixtures;
import org.jooq.DSLContext;
import org.gvclab.web.security.Role;
import org.gvclab.web.security.TenantScope;
import org.gvclab.web.security.UserAccounts;
import org.gvclab.web.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Signing in through the real browser: the demo official, the language switch, wrong passwords, lock-out. */
class SignInIT extends BrowserTest {

    @Autowired
    UserAccounts users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    DSLContext dsl;

    private void createUser(String username, String password) {
        if (users.findByUsername(username).isEmpty()) {
            users.insert(username, username, encoder.encode(password), Role.OFFICIAL, null, OffsetDateTime.now());
        }
    }

    @Test
    void the_demo_official_signs_in_and_sees_only_the_clusters_of_zhuji() {
        LoginPage login = new LoginPage(page).open(url("login"));
        assertThat(login.demoAccounts()).containsText("demo-official");

        login.signIn("demo-official", "official-demo-zhuji-2026");

        assertThat(page.locator(".jurisdiction-card")).hasCount(1);
        assertThat(page.locator(".jurisdiction-card")).containsText("Zhuji");
        assertThat(page.locator(".cluster-link").first()).isVisible();
        // the dashboard names the cluster in its card (and, once other tests add clusters, in the comparative table)
        assertThat(page.locator(".cluster-link", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Zhuji Datang socks cluster"))).isVisible();
        assertThat(page.getByText("Dongguan electronics cluster")).hasCount(0);
        assertThat(page.getByText("Yongkang hardware cluster")).hasCount(0);
        assertThat(page.locator("#side-nav")).not().containsText("Users");
    }

    @Test
    void switching_to_simplified_chinese_shows_chinese_labels_and_is_remembered() {
        new LoginPage(page).open(url("login")).signIn("demo-consultant", "consultant-demo-2026");
        assertThat(page.locator("#side-nav")).containsText("Dashboard");

        page.locator("#language-select").click();
        page.locator("vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("简体中文")).click();

        assertThat(page.locator("#side-nav")).containsText("工作台");
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("工作台"))).isVisible();
        assertThat(page.getByText("诸暨市")).isVisible();

        page.navigate(url(""));
        assertThat(page.locator("#side-nav")).containsText("工作台");
        page.locator("#language-select").click();
        page.locator("vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("English")).click();
        assertThat(page.locator("#side-nav")).containsText("Dashboard");
    }

    @Test
    void a_wrong_password_shows_an_error_and_does_not_sign_in() {
        createUser("wrong-password-user", "right-password-1");
        LoginPage login = new LoginPage(page).open(url("login"));

        login.signIn("wrong-password-user", "not-the-password");

        assertThat(login.error()).containsText("Incorrect username or password");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?error.*"));
    }

    @Test
    void the_sixth_attempt_is_refused_even_with_the_right_password() {
        createUser("lockout-user", "right-password-2");
        LoginPage login = new LoginPage(page);
        for (int attempt = 1; attempt <= 5; attempt++) {
            login.open(url("login")).signIn("lockout-user", "wrong-" + attempt);
            assertThat(login.error()).containsText("Incorrect username or password");
        }

        login.open(url("login")).signIn("lockout-user", "right-password-2");

        assertThat(login.error()).containsText("Account locked");
        assertThat(page.locator("#side-nav")).hasCount(0);
    }

    @Test
    void a_guessed_cluster_id_of_another_jurisdiction_shows_not_found() {
        long dongguanCluster = new ClusterFixtures(dsl).findAll(new TenantScope(0, "test", Role.ADMIN, Set.of())).stream()
                .filter(c -> c.nameEn().startsWith("Dongguan electronics cluster")).findFirst().orElseThrow().id();
        new LoginPage(page).open(url("login")).signIn("demo-official", "official-demo-zhuji-2026");
        assertThat(page.locator(".jurisdiction-card")).hasCount(1);

        page.navigate(url("clusters/" + dongguanCluster));

        assertThat(page.locator("#not-found-title")).isVisible();
        assertThat(page.getByText("Dongguan electronics cluster")).hasCount(0);
        page.navigate(url("clusters/999999"));
        assertThat(page.locator("#not-found-title")).isVisible();
    }
}
