package org.gvclab.web.workshop;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.ArrayList;
import java.util.List;
import org.gvclab.core.workshop.CriteriaSet;
import org.gvclab.web.support.BrowserTest;
import org.gvclab.web.support.Browsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A facilitator and three participants, each in a browser context of their own: the facilitator sets up a workshop,
 * participants join with the code on a phone-sized screen, each submission appears on the facilitator's screen
 * without a reload, a participant gets live consistency feedback, closing freezes the results; a participant's
 * session reaches nothing else of the application.
 */
class WorkshopBrowserIT extends BrowserTest {

    private static final LocatorAssertions.HasAttributeOptions LIVE =
            new LocatorAssertions.HasAttributeOptions().setTimeout(Browsers.STEP_TIMEOUT_MS);

    @Autowired
    WorkshopEventBus bus;

    private void signIn(Page p, String username, String password) {
        p.navigate(url("login"));
        p.locator("input[name='username']").fill(username);
        p.locator("input[name='password']").fill(password);
        p.locator("vaadin-button[slot='submit']").click();
        p.locator("#side-nav").waitFor();
    }

    private Page participant(List<BrowserContext> contexts, String code, String name, String locale) {
        BrowserContext c = Browsers.newContext(new Browser.NewContextOptions().setLocale(locale)
                .setViewportSize(390, 844).setIsMobile(true).setHasTouch(true));
        contexts.add(c);
        Page p = c.newPage();
        p.navigate(url("join/" + code));
        assertThat(p.locator("#join-code-input input")).hasValue(JoinCode.display(code));
        p.locator("#join-name input").fill(name);
        p.locator("#join-button").click();
        p.locator("#participant-workshop").waitFor();
        return p;
    }

    private static void score(Page p, String confirmation, int... scores) {
        List<String> factors = CriteriaSet.FACTORS.ids();
        for (int i = 0; i < factors.size(); i++) {
            p.locator("#score-" + factors.get(i) + " vaadin-radio-button").nth(scores[i] - 1).click();
        }
        p.locator("#submit-input").click();
        assertThat(p.locator("#submitted-note")).containsText(confirmation);
    }

    private static void choose(Page p, String selectId, String itemText) {
        p.locator("#" + selectId).click();
        p.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(itemText)).first().click();
    }

    @Test
    void a_facilitator_sees_three_participants_submissions_live_and_closing_freezes_the_results() {
        List<BrowserContext> participants = new ArrayList<>();
        try {
            signIn(page, "demo-consultant", "consultant-demo-2026");
            page.locator("#side-nav").getByText("Workshops").click();
            page.locator("#new-workshop-cluster input").fill("Datang");
            page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Datang")).first().click();
            page.locator("#new-workshop-title input").fill("Datang socks: upgrading priorities");
            page.locator("#create-workshop").click();
            assertThat(page.locator("#workshop-title")).hasText("Datang socks: upgrading priorities");
            String code = page.locator("#join-code").textContent().replace("-", "");
            assertThat(page.locator("#join-qr")).isVisible();
            page.evaluate("() => { window.__sameDocument = true; }");

            page.locator(".open-activity").first().click();
            assertThat(page.locator(".activity-row").first()).hasAttribute("data-state", "OPEN");
            assertThat(page.locator("#submission-count")).hasAttribute("data-count", "0", LIVE);

            List<Page> phones = new ArrayList<>();
            int[][] scores = {{2, 3, 4, 5, 6}, {4, 4, 4, 4, 4}, {6, 5, 4, 3, 2}};
            for (int i = 0; i < 3; i++) {
                // the third participant's phone speaks Chinese
                boolean chinese = i == 2;
                Page phone = participant(participants, code, "Participant " + (i + 1), chinese ? "zh-CN" : "en-US");
                assertThat(phone.locator("#participant-activity-title"))
                        .containsText(chinese ? "五因素评分" : "Five-factor scoring");
                // each factor says what it means, as visible text (no hover on a phone)
                assertThat(phone.locator("#meaning-TECHNOLOGY_GAP")).isVisible();
                assertThat(phone.locator("#meaning-TECHNOLOGY_GAP")).containsText(chinese ? "研发" : "R&D");
                assertThat(page.locator("#participant-count")).hasAttribute("data-count", String.valueOf(i + 1), LIVE);
                score(phone, chinese ? "已记录" : "recorded", scores[i]);
                // the facilitator's screen updates by push, without a reload
                assertThat(page.locator("#submission-count")).hasAttribute("data-count", String.valueOf(i + 1), LIVE);
                phones.add(phone);
            }
            // mean of technology gap = (2 + 4 + 6) / 3 = 4.00
            assertThat(page.locator("#live-results .workshop-table").first()).containsText("4.00");

            // the next activity: AHP of the five factors; participants' screens switch by themselves
            page.locator(".open-activity").first().click();
            Page second = phones.get(1);
            assertThat(second.locator("#participant-activity-title")).containsText("AHP");
            assertThat(second.locator("#own-cr")).containsText("consistent");
            // the factors' meanings are one tap away on the comparison form too
            second.locator("#ahp-meanings").click();
            assertThat(second.locator("#ahp-meanings")).containsText("R&D");
            // one slider per pair: left favours the first criterion, right the second
            assertThat(second.locator("input#pair-0-1[type='range']")).isVisible();
            second.locator("#pair-0-1").fill("-8");
            assertThat(second.locator("#pair-0-1-reading")).hasText("Technology gap is 9× as important");
            second.locator("#pair-0-2").fill("8");
            assertThat(second.locator("#pair-0-2-reading")).hasText("National strategy is 9× as important");
            assertThat(second.locator("#own-cr")).containsText("0.10 or more");
            assertThat(second.locator("#revisit-hint")).containsText("Revisit");
            // above CR 0.10 the participant is asked to revisit; nothing is submitted until they confirm
            second.locator("#submit-input").click();
            // the dialog's content lives in its overlay
            assertThat(second.locator("vaadin-dialog-overlay").filter(new Locator.FilterOptions()
                    .setHasText("0.10 or more"))).isVisible();
            second.locator("#revisit-answers").click();
            assertThat(second.locator("#revisit-answers")).isHidden();
            assertThat(page.locator("#submission-count")).hasAttribute("data-count", "0");
            second.locator("#submit-input").click();
            second.locator("#submit-anyway").click();
            assertThat(page.locator("#submission-count")).hasAttribute("data-count", "1", LIVE);
            // the facilitator sees the group's CR with a warning
            assertThat(page.locator("#live-results .group-cr-warning")).containsText("0.10 or more");

            // a participant's session reaches nothing else: the rest of the application asks for a sign-in
            Page first = phones.get(0);
            first.navigate(url(""));
            assertThat(first.locator("vaadin-login-form")).isVisible();
            first.navigate(url("clusters/1"));
            assertThat(first.locator("vaadin-login-form")).isVisible();
            first.navigate(url("workshop/1"));
            assertThat(first.locator("vaadin-login-form")).isVisible();
            first.navigate(url("participate"));
            assertThat(first.locator("#participant-activity-title")).containsText("AHP");

            // present mode for the projector: the open activity's count, updated live
            long workshopId = Long.parseLong(page.url().replaceAll(".*/workshop/(\\d+).*", "$1"));
            Page projector = context.newPage();
            projector.navigate(url("present/" + workshopId));
            assertThat(projector.locator("#present-code")).hasText(JoinCode.display(code));
            assertThat(projector.locator("#present-count")).hasAttribute("data-count", "1", LIVE);
            assertThat(projector.locator("#present-link")).hasText(java.util.regex.Pattern.compile(".*/join/" + code));
            assertThat(projector.locator(".group-cr-warning")).containsText("0.10 or more");

            // inconsistent group weights: closing asks the facilitator to apply them or not, explicitly
            page.locator("#close-workshop").click();
            assertThat(page.locator(".close-cr-warning")).containsText("0.10 or more");
            assertThat(page.locator("#confirm-close")).hasCount(0);
            page.locator("#confirm-close-apply").click();
            assertThat(page.locator("#frozen-results")).containsText("Frozen results");
            assertThat(page.locator("#frozen-results")).containsText("1. Five-factor scoring (3 participants)");
            assertThat(page.locator("#frozen-results")).containsText("Group AHP weights: The five factor groups");
            assertThat(page.locator("#frozen-results .group-cr-warning")).containsText("confirmed");
            assertThat(phones.get(2).locator("#participant-message")).containsText("研讨会已结束");
            assertThat(phones.get(0).locator("#participant-message")).containsText("closed");
            assertThat(projector.locator("body")).containsText("Frozen results");
            projector.close();
            assertThat((Boolean) page.evaluate("() => window.__sameDocument === true")).isTrue();

            // leaving the console closes its subscription
            int before = ((LocalWorkshopEventBus) bus).listenerCount();
            page.locator("#side-nav").getByText("Workshops").click();
            page.locator("#workshops-grid").waitFor();
            long until = System.currentTimeMillis() + (long) Browsers.STEP_TIMEOUT_MS;
            while (((LocalWorkshopEventBus) bus).listenerCount() >= before && System.currentTimeMillis() < until) {
                page.waitForTimeout(100);
            }
            assertThat(((LocalWorkshopEventBus) bus).listenerCount()).isLessThan(before);

            // the frozen results flow into a notebook of the cluster
            page.locator("#side-nav").getByText("Notebooks").click();
            page.locator("#create-notebook").click();
            choose(page, "new-notebook-template", "Blank notebook");
            page.locator("#new-notebook-cluster input").fill("Datang");
            page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Datang")).first()
                    .click();
            page.locator("#confirm-new-notebook").click();
            choose(page, "add-cell", "Workshop results");
            page.locator(".cell-workshop").click();
            page.locator("vaadin-select-item:visible").filter(new Locator.FilterOptions()
                    .setHasText("Datang socks: upgrading priorities")).first().click();
            Locator results = page.locator(".notebook-cell[data-kind='WORKSHOP_RESULTS'] .cell-result-area");
            assertThat(results).containsText("Five-factor scoring");
            assertThat(results).containsText("4.00");
            assertThat(results.locator(".cell-chart[data-chart-ready='true']").first()).isVisible();
        } finally {
            participants.forEach(BrowserContext::close);
        }
    }
}
