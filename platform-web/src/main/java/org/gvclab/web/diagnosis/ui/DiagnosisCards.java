package org.gvclab.web.diagnosis.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** The cards the diagnosis page is laid out in. */
final class DiagnosisCards {

    private DiagnosisCards() {
    }

    /** A card with a verdict in large type and the evidence for it as a list. */
    static Div panel(String id, String heading, String verdict, List<String> details) {
        Span main = new Span(verdict);
        main.addClassName("verdict");
        main.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
        UnorderedList list = new UnorderedList();
        details.forEach(t -> list.add(new ListItem(t)));
        Div panel = card(heading, main, list);
        panel.setId(id);
        return panel;
    }

    /** A bordered card with a heading. */
    static Div card(String heading, Component... content) {
        Div card = new Div();
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "var(--lumo-space-m)")
                .set("margin", "var(--lumo-space-xs)").set("box-sizing", "border-box");
        H4 h = new H4(heading);
        h.getStyle().set("margin-top", "0");
        card.add(h);
        card.add(content);
        return card;
    }
}
