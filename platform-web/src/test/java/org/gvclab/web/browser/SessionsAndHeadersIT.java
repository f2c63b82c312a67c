package org.gvclab.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.time.OffsetDateTime;
import java.util.Set;
import org.gvclab.web.account.AccessTokenService;
import org.gvclab.web.account.AccountService;
import org.gvclab.web.account.NewUser;
import org.gvclab.web.security.Role;
import org.gvclab.web.security.UserAccounts;
import org.gvclab.web.security.UserSessions;
import org.gvclab.web.support.BrowserTest;
import org.gvclab.web.support.Browsers;
import org.gvclab.web.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sessions end when they must (ASVS 3.3), and every response carries the security headers and cookie flags
 * (ASVS 14.4, 3.4); the login POST needs its CSRF token; the API answers wrong methods with 403.
 */
class SessionsAndHeadersIT extends BrowserTest {

    @Autowired
    AccountService accounts;
    @Autowired
    UserAccounts users;
    @Autowired
    UserSessions sessions;
    @Autowired
    AccessTokenService tokens;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    private void createUser(String username, String password) {
        if (users.findByUsername(username).isEmpty()) {
            SignedIn.as("demo-admin", "ADMIN");
            accounts.create(new NewUser(username, username, Role.OFFICIAL, password, Set.of()));
            SignedIn.clear();
        }
    }

    /** A second browser (its own cookies) signed in as {@code username}, showing the dashboard. */
    private Page secondBrowser(String username, String password) {
        BrowserContext other = Browsers.newContext(new Browser.NewContextOptions().setLocale("en-US"));
        Page second = other.newPage();
        new LoginPage(second).open(url("login")).signIn(username, password);
        assertThat(second.locator("#side-nav")).isVisible();
        return second;
    }

    @Test
    void changing_the_own_password_ends_the_users_other_session_and_keeps_this_one() {
        createUser("two-browsers", "first pass phrase 1188");
        Page other = secondBrowser("two-browsers", "first pass phrase 1188");
        try {
            new LoginPage(page).open(url("login")).signIn("two-browsers", "first pass phrase 1188");
            assertThat(page.locator("#side-nav")).isVisible();
            assertThat(sessions.count("two-browsers")).isEqualTo(2);

            page.navigate(url("profile"));
            page.locator("#current-password input").fill("first pass phrase 1188");
            page.locator("#next-password input").fill("second pass phrase 2299");
            page.locator("#repeat-password input").fill("second pass phrase 2299");
            page.locator("#save-password").click();
            assertThat(page.getByText("Password changed")).isVisible();

            assertThat(sessions.count("two-browsers")).isEqualTo(1);
            other.navigate(url("profile"));
            new LoginPage(other).shown();
            page.navigate(url("profile"));
            assertThat(page.locator("#current-password")).isVisible();
        } finally {
            other.context().close();
        }
    }

    @Test
    void disabling_an_account_or_resetting_its_password_ends_every_session_of_it() {
        createUser("to-be-disabled", "disable me later 4411");
        Page other = secondBrowser("to-be-disabled", "disable me later 4411");
        try {
            SignedIn.as("demo-admin", "ADMIN");
            var account = users.findByUsername("to-be-disabled").orElseThrow();
            accounts.changeRole(account, Role.OFFICIAL, false);
            assertThat(sessions.count("to-be-disabled")).isZero();
            other.navigate(url(""));
            new LoginPage(other).shown();
        } finally {
            other.context().close();
        }

        createUser("to-be-reset", "reset me later 5522");
        Page third = secondBrowser("to-be-reset", "reset me later 5522");
        try {
            SignedIn.as("demo-admin", "ADMIN");
            accounts.resetPassword(users.findByUsername("to-be-reset").orElseThrow().id(), "a fresh start 6633");
            third.navigate(url(""));
            new LoginPage(third).shown();
        } finally {
            third.context().close();
        }
    }

    @Test
    void a_login_post_without_its_csrf_token_is_refused_and_signs_no_one_in() {
        APIResponse forged = context.request().post(url("login"), RequestOptions.create()
                .setForm(FormData.create().set("username", "demo-admin").set("password", "admin-demo-2026"))
                .setMaxRedirects(0));
        assertThat(forged.status()).isEqualTo(403);
        page.navigate(url(""));
        new LoginPage(page).shown();
        // the page carries the token the login form posts
        assertThat(page.locator("meta[name='_csrf_parameter']")).hasAttribute("content", "_csrf");
        assertThat(page.locator("meta[name='_csrf']")).hasAttribute("content",
                java.util.regex.Pattern.compile(".{20,}"));
    }

    @Test
    void pages_and_api_responses_carry_csp_referrer_policy_and_a_lax_http_only_session_cookie() {
        APIResponse login = context.request().get(url("login"));
        assertThat(login.headers().get("content-security-policy")).contains("default-src 'self'")
                .contains("frame-ancestors 'none'").contains("object-src 'none'");
        assertThat(login.headers().get("referrer-policy")).isEqualTo("same-origin");
        String cookie = login.headersArray().stream().filter(h -> h.name.equalsIgnoreCase("set-cookie"))
                .map(h -> h.value).filter(v -> v.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertThat(cookie).contains("SameSite=Lax").contains("HttpOnly").doesNotContain("Secure");

        APIResponse api = context.request().get(url("api/notebooks/1/brief.pdf"));
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.headers().get("content-security-policy")).contains("default-src 'none'");
        assertThat(api.headers().get("referrer-policy")).isEqualTo("same-origin");
    }

    @Test
    void an_api_call_with_a_valid_token_but_the_wrong_method_gets_403_not_a_redirect() {
        SignedIn.as("demo-consultant", "CONSULTANT");
        String token = tokens.create("wrong-method test " + OffsetDateTime.now());
        SignedIn.clear();
        RequestOptions bearer = RequestOptions.create().setHeader("Authorization", "Bearer " + token)
                .setMaxRedirects(0);
        assertThat(context.request().post(url("api/notebooks/1/brief.pdf"), bearer).status()).isEqualTo(403);
        assertThat(context.request().delete(url("api/notebooks/1/workbook.xlsx"), bearer).status()).isEqualTo(403);
        assertThat(context.request().get(url("api/notebooks/999999/brief.pdf"), bearer).status()).isEqualTo(404);
    }
}
