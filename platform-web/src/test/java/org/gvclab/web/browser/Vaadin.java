package org.gvclab.web.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** Small helpers for driving Vaadin components the way a user does. */
final class Vaadin {

    private Vaadin() {
    }

    /** Opens a select (by CSS selector) and picks the visible option with this text. */
    static void choose(Page page, String select, String option) {
        page.locator(select).click();
        page.locator("vaadin-select-item[role='option']:visible")
                .filter(new Locator.FilterOptions().setHasText(option)).first().click();
    }

    /** Types into a combo box (by CSS selector) and picks the visible item with this text. */
    static void pick(Page page, String comboBox, String item) {
        page.locator(comboBox + " input").fill(item);
        page.locator("vaadin-combo-box-item:visible").filter(new Locator.FilterOptions().setHasText(item)).first()
                .click();
    }
}
