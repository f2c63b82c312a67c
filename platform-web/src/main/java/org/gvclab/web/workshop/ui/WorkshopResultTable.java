package org.gvclab.web.workshop.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Locale;
import org.gvclab.core.notebook.TableCell;
import org.gvclab.core.notebook.TableColumn;
import org.gvclab.core.notebook.TableResult;

/** A core {@link TableResult} drawn as a plain HTML table (texts set as text, never as HTML). */
class WorkshopResultTable extends Div {

    WorkshopResultTable(TableResult table, Locale locale) {
        addClassName("workshop-table");
        getStyle().set("overflow-x", "auto").set("max-width", "100%");
        Element caption = new Element("div");
        caption.setText(table.title().in(locale));
        caption.getStyle().set("font-weight", "600").set("margin", "var(--lumo-space-s) 0");
        caption.setAttribute("class", "workshop-table-title");
        Element t = new Element("table");
        t.getStyle().set("border-collapse", "collapse").set("font-size", "var(--lumo-font-size-s)");
        Element head = new Element("tr");
        for (TableColumn c : table.columns()) {
            head.appendChild(cell("th", c.label(locale)));
        }
        t.appendChild(head);
        for (List<TableCell> row : table.rows()) {
            Element tr = new Element("tr");
            for (TableCell c : row) {
                tr.appendChild(cell("td", text(c, locale)));
            }
            t.appendChild(tr);
        }
        getElement().appendChild(caption, t);
    }

    private static Element cell(String tag, String text) {
        Element e = new Element(tag);
        e.setText(text);
        e.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)").set("text-align", "left");
        return e;
    }

    static String text(TableCell c, Locale locale) {
        if (c instanceof TableCell.Text t) {
            return t.text().in(locale);
        }
        if (c instanceof TableCell.Number n) {
            return n.style().format(n.value(), locale);
        }
        return "–";
    }
}
