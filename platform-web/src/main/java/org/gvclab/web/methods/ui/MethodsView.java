package org.gvclab.web.methods.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.gvclab.core.base.MethodsSection;
import org.gvclab.web.methods.MethodsDocuments;
import org.gvclab.web.methods.MethodsDocuments.ContentsEntry;
import org.gvclab.web.methods.MethodsDocuments.RenderedMethods;

/**
 * The Methods page ({@code /methods}, {@code /methods#anchor}): GVC Lab's methods documentation in the user's language,
 * with a table of contents; provenance links land on their section. Every signed-in user may read it.
 */
@Route(MethodsSection.PAGE)
@Menu(title = "nav.methods", order = 50, icon = "vaadin:book")
@PermitAll
public class MethodsView extends FlexLayout implements HasDynamicTitle {

    /** Readable tables and formulas; scoped to the page's text (the content is light DOM, the policy allows it). */
    private static final String STYLE = "<style>"
            + "#methods-text table{border-collapse:collapse;margin:var(--lumo-space-m) 0;font-size:var(--lumo-font-size-s)}"
            + "#methods-text th,#methods-text td{border:1px solid var(--lumo-contrast-20pct);padding:.25em .5em;"
            + "vertical-align:top;text-align:left}"
            + "#methods-text code{background:var(--lumo-contrast-5pct);padding:0 .2em;border-radius:3px}"
            + "#methods-text pre{background:var(--lumo-contrast-5pct);padding:var(--lumo-space-s);overflow-x:auto}"
            + "#methods-text h1{margin-top:var(--lumo-space-xl)}"
            + "</style>";

    public MethodsView(MethodsDocuments documents) {
        setId("methods-page");
        setWidthFull();
        setFlexWrap(FlexWrap.WRAP);
        // the padding inside the full width, not added to it (the page reached 32 px past the screen)
        getStyle().set("gap", "var(--lumo-space-l)").set("padding", "var(--lumo-space-m)")
                .set("box-sizing", "border-box");
        RenderedMethods rendered = documents.render(getLocale());

        Nav contents = new Nav();
        contents.setId("methods-contents");
        contents.getStyle().set("flex", "0 1 18rem").set("font-size", "var(--lumo-font-size-s)");
        contents.add(new H2(getTranslation("methods.contents")));
        UnorderedList list = new UnorderedList();
        for (ContentsEntry e : rendered.contents()) {
            Anchor a = new Anchor("#" + e.anchor(), e.title());
            ListItem item = new ListItem(a);
            if (e.level() == 1) {
                item.getStyle().set("font-weight", "600").set("margin-top", "var(--lumo-space-s)");
            }
            list.add(item);
        }
        contents.add(list);

        Div text = new Div(new Html(rendered.html()));
        text.setId("methods-text");
        text.getStyle().set("flex", "1 1 40rem").set("max-width", "60rem").set("line-height", "1.6")
                .set("overflow-x", "auto");
        add(contents, text, new Html(STYLE));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // the server renders the text after the browser has looked for the fragment: scroll to it once it exists
        attachEvent.getUI().getPage().executeJs("""
                const id = decodeURIComponent(window.location.hash.substring(1));
                if (id) {
                  requestAnimationFrame(() => {
                    const target = document.getElementById(id);
                    if (target) { target.scrollIntoView(); }
                  });
                }""");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("methods.title") + " – " + getTranslation("app.name");
    }
}
