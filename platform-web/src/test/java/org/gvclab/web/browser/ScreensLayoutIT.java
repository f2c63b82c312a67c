package org.gvclab.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gvclab.core.workshop.CriteriaSet;
import org.gvclab.core.workshop.PairwiseJudgements;
import org.gvclab.web.cluster.ClusterService;
import org.gvclab.web.iotable.IoTableService;
import org.gvclab.web.security.Role;
import org.gvclab.web.security.UserAccounts;
import org.gvclab.web.support.BrowserTest;
import org.gvclab.web.support.Browsers;
import org.gvclab.web.support.IoTestFiles;
import org.gvclab.web.support.SignedIn;
import org.gvclab.web.workshop.ActivityDraft;
import org.gvclab.web.workshop.ParticipantPass;
import org.gvclab.web.workshop.WorkshopDetail;
import org.gvclab.web.workshop.WorkshopDraft;
import org.gvclab.web.workshop.WorkshopService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The pages of the workshops, IO tables, administration and cluster data, in both languages on a 1440 × 900 screen
 * and a 390 × 844 phone: nothing in the content is clipped (grid cells and button labels fit their boxes, buttons
 * outside grids lie within the screen), no enum id is shown, the IO indicators open with a chosen indicator and human
 * column labels, the users grid says until when an account is locked, and the reference values have a unit and an
 * edit button per row.
 */
class ScreensLayoutIT extends BrowserTest {

    private static final Pattern ENUM_ID = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b");
    private static final String PASSWORD = "layout check password 2026";

    /** What does not fit: cells whose content is wider than the cell, cut button labels, buttons off the screen. */
    private static final String CLIPPED = """
            () => {
              const problems = [];
              const shown = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
              const vw = document.documentElement.clientWidth;
              // the main content: the view inside the application layout (not its header or menu), else the page
              const layout = document.querySelector('vaadin-app-layout');
              const roots = layout ? [...layout.children].filter(c => !c.slot) : [document.body];
              const all = selector => roots.flatMap(r => [...r.querySelectorAll(selector)]);
              all('vaadin-grid-cell-content').forEach(c => {
                if (shown(c) && c.scrollWidth > c.clientWidth + 1) {
                  problems.push('grid cell cut: "' + c.textContent.trim().slice(0, 60) + '"');
                }
              });
              all('vaadin-button').forEach(b => {
                if (!shown(b)) return;
                const label = b.shadowRoot && b.shadowRoot.querySelector('[part="label"]');
                if (label && label.scrollWidth > label.clientWidth + 1) {
                  problems.push('button label cut: "' + b.textContent.trim() + '"');
                }
                const r = b.getBoundingClientRect();
                if (!b.closest('vaadin-grid') && (r.right > vw + 1 || r.left < -1)) {
                  problems.push('button off the screen: "' + b.textContent.trim() + '" at ' + Math.round(r.left)
                      + '–' + Math.round(r.right) + ' of ' + vw);
                }
              });
              roots.forEach(r => {
                const b = r.getBoundingClientRect();
                if (shown(r) && b.right > vw + 1) {
                  problems.push('the view reaches past the screen: ' + (r.id || r.tagName) + ' to '
                      + Math.round(b.right) + ' of ' + vw);
                }
              });
              if (document.documentElement.scrollWidth > vw + 1) {
                problems.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + vw);
              }
              return problems;
            }
            """;

    @Autowired
    UserAccounts users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ClusterService clusters;
    @Autowired
    IoTableService tables;
    @Autowired
    WorkshopService workshops;

    /** An administrator whose account speaks {@code tag}, so that the language does not depend on other tests. */
    private String admin(String tag) {
        String username = "layout-admin-" + tag.toLowerCase();
        if (users.findByUsername(username).isEmpty()) {
            users.insert(username, "Layout " + tag, encoder.encode(PASSWORD), Role.ADMIN, tag, OffsetDateTime.now());
        }
        return username;
    }

    private void lockedAccount() {
        String username = "layout-locked";
        if (users.findByUsername(username).isEmpty()) {
            users.insert(username, "Locked for the layout check", encoder.encode(PASSWORD), Role.OFFICIAL, null,
                    OffsetDateTime.now());
        }
        users.recordFailedSignIn(username, 1, OffsetDateTime.now().plusMinutes(30));
    }

    private long ioTable() throws Exception {
        SignedIn.as("demo-consultant", "CONSULTANT");
        try {
            Path file = Files.createTempDirectory("gvclab-layout").resolve("layout-check.zip");
            Files.write(file, IoTestFiles.zip(IoTestFiles.generated(3, 4, 2026), ""));
            return tables.startImport(file, "layout-check.zip", null, (phase, fraction) -> {
            }).get().table().id();
        } finally {
            SignedIn.clear();
        }
    }

    /** Judgements that contradict each other: 0 ≫ 1, 1 ≫ 2, 2 ≫ 0. */
    private static PairwiseJudgements circular() {
        List<Double> upper = new ArrayList<>(Collections.nCopies(10, 1.0));
        upper.set(PairwiseJudgements.indexOf(0, 1, 5), 9.0);
        upper.set(PairwiseJudgements.indexOf(1, 2, 5), 9.0);
        upper.set(PairwiseJudgements.indexOf(0, 2, 5), 1.0 / 9);
        return new PairwiseJudgements(upper);
    }

    /** A running workshop of Datang with its AHP of the factors open and one inconsistent submission. */
    private WorkshopDetail workshop(long clusterId) {
        SignedIn.as("demo-consultant", "CONSULTANT");
        try {
            WorkshopDetail w = workshops.create(new WorkshopDraft(clusterId, "Layout check workshop",
                    List.of(ActivityDraft.factorScoring(), ActivityDraft.ahp(CriteriaSet.FACTORS))));
            long ahp = w.activities().get(1).activity().id();
            workshops.openActivity(w.id(), ahp);
            ParticipantPass p = workshops.join(w.joinCode(), "Layout", "198.51.100.77");
            workshops.submit(p, ahp, circular());
            return w;
        } finally {
            SignedIn.clear();
        }
    }

    private long datang() {
        SignedIn.as("demo-consultant", "CONSULTANT");
        try {
            return clusters.visible().stream().filter(c -> c.nameEn().startsWith("Zhuji Datang")).findFirst()
                    .orElseThrow().id();
        } finally {
            SignedIn.clear();
        }
    }

    private void check(Page p, String where) {
        @SuppressWarnings("unchecked")
        List<String> clipped = (List<String>) p.evaluate(CLIPPED);
        assertThat(clipped).as("clipped on " + where).isEmpty();
        String text = (String) p.evaluate("() => document.body.innerText");
        Matcher m = ENUM_ID.matcher(text);
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(m.group());
        }
        assertThat(ids).as("enum ids shown on " + where).isEmpty();
    }

    @ParameterizedTest(name = "{0} at {1} × {2}")
    @CsvSource({"en, 1440, 900", "en, 390, 844", "zh-CN, 1440, 900", "zh-CN, 390, 844"})
    void my_pages_fit_the_screen_and_show_no_ids(String tag, int width, int height) throws Exception {
        boolean chinese = tag.startsWith("zh");
        boolean phone = width < 600;
        context.close();
        context = Browsers.newContext(new Browser.NewContextOptions().setLocale(chinese ? "zh-CN" : "en-US")
                .setViewportSize(width, height).setIsMobile(phone).setHasTouch(phone));
        page = context.newPage();
        lockedAccount();
        long table = ioTable();
        long cluster = datang();
        WorkshopDetail w = workshop(cluster);

        new LoginPage(page).open(url("login")).signIn(admin(tag), PASSWORD);
        // the header keeps the language choice and "Sign out" on the screen (names give way on a phone)
        for (String control : List.of("#language-select", "#logout")) {
            com.microsoft.playwright.options.BoundingBox box = page.locator(control).boundingBox();
            assertThat(box).as(control + " shown at " + width).isNotNull();
            assertThat(box.x >= 0 && box.x + box.width <= width + 0.5).as(control + " within the screen at " + width)
                    .isTrue();
        }

        page.navigate(url("methods"));
        assertThat(page.locator("#methods-text h2").first()).isVisible();
        // only the fit: the methods text shows file layouts such as REGION_SECTOR on purpose
        @SuppressWarnings("unchecked")
        List<String> methodsClipped = (List<String>) page.evaluate(CLIPPED);
        assertThat(methodsClipped).as("clipped on methods " + tag + " " + width).isEmpty();

        page.navigate(url("admin/users"));
        assertThat(page.locator("#users-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(chinese ? "锁定至" : "Locked until")).first()).isAttached();
        check(page, "users " + tag + " " + width);

        page.navigate(url("admin/reference-values"));
        assertThat(page.locator("#reference-grid .edit-reference").first()).isAttached();
        assertThat(page.locator("#reference-grid")).containsText(chinese ? "单位" : "Unit");
        check(page, "reference values " + tag + " " + width);

        page.navigate(url("clusters/" + cluster));
        assertThat(page.locator("#years-grid .delete-year").first()).isAttached();
        check(page, "cluster data " + tag + " " + width);

        page.navigate(url("io-tables/" + table));
        // the indicators open with an indicator chosen and its grid shown, columns labelled for people
        assertThat(page.locator("#io-indicator input")).not().hasValue("");
        Locator header = page.locator("#io-grid .io-column-header").first();
        assertThat(header).isAttached();
        String column = header.getAttribute("data-column");
        assertThat(header).hasAttribute("title", column);
        Object labelled = page.evaluate("() => [...document.querySelectorAll('#io-grid .io-column-header')]"
                + ".filter(h => h.textContent.trim() !== h.dataset.column).length");
        assertThat(((Number) labelled).intValue()).as("columns with a human label").isPositive();
        check(page, "IO table " + tag + " " + width);

        page.navigate(url("workshop/" + w.id()));
        assertThat(page.locator("#live-results .group-cr-warning")).isVisible();
        check(page, "workshop console " + tag + " " + width);

        page.navigate(url("present/" + w.id()));
        assertThat(page.locator("#present-link")).containsText("/join/" + w.joinCode());
        assertThat(page.locator(".group-cr-warning")).isVisible();
        check(page, "present " + tag + " " + width);

        BrowserContext participant = Browsers.newContext(new Browser.NewContextOptions()
                .setLocale(chinese ? "zh-CN" : "en-US").setViewportSize(width, height).setIsMobile(phone)
                .setHasTouch(phone));
        try {
            Page p = participant.newPage();
            p.navigate(url("join/" + w.joinCode()));
            p.locator("#join-name input").fill("Layout " + tag);
            p.locator("#join-button").click();
            assertThat(p.locator("#pair-0-1")).isVisible();
            check(p, "participant " + tag + " " + width);
        } finally {
            participant.close();
        }
    }
}
