package org.gvclab.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.time.OffsetDateTime;
import org.gvclab.web.security.Role;
import org.gvclab.web.security.UserAccounts;
import org.gvclab.web.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** An administrator manages accounts in the browser: creates a user for a jurisdiction, unlocks a locked one. */
class AdminUsersIT extends BrowserTest {

    @Autowired
    UserAccounts users;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void an_admin_creates_an_official_for_yongkang_who_then_sees_yongkang_only() {
        new LoginPage(page).open(url("login")).signIn("demo-admin", "admin-demo-2026");
        page.locator("#side-nav").getByText("Users").click();
        page.locator("#create-user").click();
        page.locator("#new-username input").fill("yk.official");
        page.locator("#new-display-name input").fill("Yongkang official");
        page.locator("#new-password input").fill("yongkang-hardware-desk-7");
        page.locator("#jurisdiction-select input").fill("Yongkang");
        page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText("330784"))
                .click();
        page.keyboard().press("Escape");
        page.locator("#save-user").click();
        assertThat(page.locator("#users-grid")).containsText("yk.official");

        page.locator("#logout").click();
        new LoginPage(page).shown().signIn("yk.official", "yongkang-hardware-desk-7");

        assertThat(page.locator(".jurisdiction-card")).hasCount(1);
        assertThat(page.locator(".jurisdiction-card")).containsText("Yongkang");
        assertThat(page.getByText("Yongkang hardware cluster")).isVisible();
    }

    @Test
    void an_admin_unlocks_a_locked_account_which_can_then_sign_in() {
        String username = "locked-by-test";
        if (users.findByUsername(username).isEmpty()) {
            users.insert(username, username, encoder.encode("unlock me please 2027"), Role.OFFICIAL, null,
                    OffsetDateTime.now());
        }
        users.recordFailedSignIn(username, 1, OffsetDateTime.now().plusMinutes(15));
        new LoginPage(page).open(url("login")).signIn(username, "unlock me please 2027");
        assertThat(new LoginPage(page).error()).containsText("Account locked");

        new LoginPage(page).open(url("login")).signIn("demo-admin", "admin-demo-2026");
        page.navigate(url("admin/users"));
        Locator row = page.locator("#users-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Locked"));
        assertThat(row.first()).isVisible();
        page.locator(".unlock-user").first().click();
        assertThat(page.getByText("Account unlocked")).isVisible();

        page.locator("#logout").click();
        new LoginPage(page).shown().signIn(username, "unlock me please 2027");
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Dashboard"))).isVisible();
    }
}
