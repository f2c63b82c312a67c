package org.gvclab.web.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The login page, as a user sees it. */
final class LoginPage {

    private final Page page;

    LoginPage(Page page) {
        this.page = page;
    }

    LoginPage open(String url) {
        page.navigate(url);
        page.locator("vaadin-login-form").waitFor();
        return this;
    }

    /** The login page after a redirect to it, such as signing out. */
    LoginPage shown() {
        page.waitForURL(u -> u.contains("/login"));
        page.locator("vaadin-login-form").waitFor();
        return this;
    }

    void signIn(String username, String password) {
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.locator("vaadin-button[slot='submit']").click();
    }

    /** The error shown by the login form (its title and message), waiting until it appears. */
    Locator error() {
        // the form's own error part comes first; the others belong to the two fields
        Locator error = page.locator("vaadin-login-form-wrapper [part='error-message']").first();
        error.waitFor();
        return error;
    }

    Locator demoAccounts() {
        return page.locator("#demo-accounts");
    }
}
