package org.gvclab.web.browser;

import static org.gvclab.web.support.TextChecks.DEVELOPER_FILES;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gvclab.web.support.Browsers;
import org.junit.jupiter.params.provider.Arguments;

/**
 * What every page of issue 12 must satisfy in both languages, on a 1440 × 900 screen and a 390 × 844 phone: nothing
 * in the main content is cut or sticks out, and no raw enum id or internal file name is visible. Two allowances: the
 * inside of a chart's SVG (clipped by the SVG box, which is itself checked) and the cells of a grid wider than a
 * phone, which scrolls sideways inside its own box (the grid is checked; each cell must still not be cut).
 */
final class Screens {

    /** A raw enum id such as {@code CHANGE_FROM_STATUS_QUO}. */
    static final Pattern ENUM_ID = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b");

    private static final String CLIPPED = """
            root => {
              const out = [];
              const box = root.getBoundingClientRect();
              for (const el of root.querySelectorAll('*')) {
                const r = el.getBoundingClientRect();
                if (r.width === 0 || r.height === 0) continue;
                const style = getComputedStyle(el);
                if (style.visibility === 'hidden' || style.display === 'none') continue;
                // a chart's drawing is clipped by its own SVG box, which is checked itself
                if (el.tagName.toLowerCase() !== 'svg' && el.closest('svg')) continue;
                // a wide grid scrolls sideways inside itself: its cells are checked for being cut, not for position
                const inGrid = el.closest('vaadin-grid') !== null && el.tagName.toLowerCase() !== 'vaadin-grid';
                const tag = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' "'
                    + (el.textContent || '').trim().slice(0, 40) + '"';
                if (!inGrid && (r.right > box.right + 1 || r.left < box.left - 1)) out.push('outside the content: ' + tag);
                const cuts = style.overflowX === 'hidden' || style.textOverflow === 'ellipsis'
                    || el.tagName.toLowerCase() === 'vaadin-grid-cell-content'
                    || el.tagName.toLowerCase() === 'vaadin-button';
                if (cuts && el.scrollWidth > el.clientWidth + 1 && el.tagName.toLowerCase() !== 'svg')
                  out.push('cut: ' + tag + ' ' + el.scrollWidth + ' > ' + el.clientWidth);
              }
              if (root.scrollWidth > root.clientWidth + 1) out.push('content scrolls sideways');
              return out;
            }""";

    private Screens() {
    }

    /** Both languages at the desktop and the phone size. */
    static Stream<Arguments> languagesAndSizes() {
        return Stream.of(Arguments.of("en-US", 1440, 900), Arguments.of("zh-CN", 1440, 900),
                Arguments.of("en-US", 390, 844), Arguments.of("zh-CN", 390, 844));
    }

    static BrowserContext context(String locale, int width, int height) {
        return Browsers.newContext(new Browser.NewContextOptions().setLocale(locale).setViewportSize(width, height));
    }

    /** Asserts that nothing inside {@code selector} is cut or outside it, and no enum id or developer file name shows. */
    @SuppressWarnings("unchecked")
    static void assertReadable(Page page, String selector) {
        List<String> problems = (List<String>) page.locator(selector).evaluate(CLIPPED);
        assertThat(problems).as("clipped or overflowing elements in " + selector).isEmpty();
        String text = page.locator(selector).innerText();
        Matcher m = ENUM_ID.matcher(text);
        assertThat(m.find()).as("raw enum id on screen: " + (m.hitEnd() ? "" : m.group())).isFalse();
        assertThat(text).doesNotContainPattern(DEVELOPER_FILES);
    }
}
