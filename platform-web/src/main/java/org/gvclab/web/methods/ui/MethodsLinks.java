package org.gvclab.web.methods.ui;

import com.vaadin.flow.component.html.Anchor;
import java.util.Locale;
import org.gvclab.core.base.MethodsSection;

/** Links from any view to a section of the Methods page, titled in the reader's language. */
public final class MethodsLinks {

    private MethodsLinks() {
    }

    /** The address of a section: {@code /methods#lock-in-index}. */
    public static String href(MethodsSection section) {
        return section.href();
    }

    /**
     * A link to {@code section} showing how a text cites it ("GVC Lab methods, “Indicators”"). The page is loaded
     * afresh (not by the client-side router), so the browser lands on the section.
     */
    public static Anchor anchor(MethodsSection section, Locale locale) {
        Anchor a = new Anchor(href(section), section.citation().in(locale));
        a.getElement().setAttribute("router-ignore", true);
        a.getElement().setAttribute("data-methods-section", section.anchor());
        return a;
    }
}
