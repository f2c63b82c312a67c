package org.gvclab.web.notebook.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.gvclab.core.chart.EChartsOption;
import org.gvclab.core.notebook.CellResult;
import org.gvclab.core.notebook.ChartResult;
import org.gvclab.core.notebook.FailedResult;
import org.gvclab.core.notebook.Provenance;
import org.gvclab.core.notebook.ProvenanceEntry;
import org.gvclab.core.notebook.TableCell;
import org.gvclab.core.notebook.TableColumn;
import org.gvclab.core.notebook.TableResult;
import org.gvclab.core.notebook.TextResult;
import org.gvclab.web.base.ui.EChart;

/**
 * Draws a cell's renderer-neutral results in the browser: sanitised HTML for text, a grid for tables, ECharts for
 * charts, a warning for a failed cell; each with its provenance on demand. The PDF and the workbook draw the same
 * results.
 */
class ResultView extends Composite<VerticalLayout> {

    ResultView(List<CellResult> results, Locale locale) {
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.addClassName("cell-results");
        for (CellResult result : results) {
            if (result instanceof TextResult text) {
                root.add(new Html("<div class=\"markdown\">" + text.safeHtml() + "</div>"));
            } else if (result instanceof TableResult table) {
                root.add(table(table, locale));
            } else if (result instanceof ChartResult chart) {
                EChart echart = new EChart();
                echart.addClassName("cell-chart");
                echart.setOption(EChartsOption.toJson(chart.chart(), locale));
                root.add(echart);
            } else if (result instanceof FailedResult failed) {
                Paragraph p = new Paragraph(getTranslation("notebook.cellFailed", failed.message().in(locale)));
                p.addClassName("cell-failed");
                p.getStyle().set("color", "var(--lumo-error-text-color)");
                root.add(p);
            }
            provenance(result.provenance(), locale).ifPresent(root::add);
        }
    }

    /**
     * A table as a plain HTML table (text set through the element API, so nothing in a cell is ever markup): rows
     * wrap and every row is visible, as in the PDF brief.
     */
    private Div table(TableResult table, Locale locale) {
        Div box = new Div();
        box.setWidthFull();
        box.getStyle().set("overflow-x", "auto");
        H4 title = new H4(table.title().in(locale));
        Element html = new Element("table");
        html.getClassList().add("cell-table");
        html.getStyle().set("border-collapse", "collapse").set("width", "100%")
                .set("font-size", "var(--lumo-font-size-s)");
        Element head = new Element("tr");
        for (TableColumn column : table.columns()) {
            Element th = new Element("th").setText(column.label(locale));
            th.getStyle().set("text-align", "left").set("border-bottom", "2px solid var(--lumo-contrast-20pct)")
                    .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)");
            head.appendChild(th);
        }
        html.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (List<TableCell> row : table.rows()) {
            Element tr = new Element("tr");
            for (TableCell cell : row) {
                Element td = new Element("td").setText(text(cell, locale));
                td.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)")
                        .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)").set("vertical-align", "top");
                if (cell instanceof TableCell.Number) {
                    td.getStyle().set("text-align", "right").set("white-space", "nowrap");
                }
                tr.appendChild(td);
            }
            body.appendChild(tr);
        }
        html.appendChild(body);
        box.add(title);
        box.getElement().appendChild(html);
        return box;
    }

    private static String text(TableCell cell, Locale locale) {
        if (cell instanceof TableCell.Text t) {
            return t.text().in(locale);
        }
        if (cell instanceof TableCell.Number n) {
            return n.style().format(n.value(), locale);
        }
        return "";
    }

    private java.util.Optional<Details> provenance(Provenance provenance, Locale locale) {
        if (provenance.isEmpty()) {
            return java.util.Optional.empty();
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(4);
        UnorderedList list = new UnorderedList();
        for (ProvenanceEntry e : provenance.entries()) {
            String inputs = e.inputs().stream().map(in -> in.name().in(locale) + " = " + number.format(in.value())
                    + " " + in.unit().in(locale)).collect(Collectors.joining("; "));
            list.add(new ListItem(e.quantity().in(locale) + (e.dataYear() == null ? "" : " (" + e.dataYear() + ")")
                    + ": " + e.formula() + (inputs.isEmpty() ? "" : " — " + inputs) + " — " + e.source().in(locale)));
        }
        Details details = new Details(getTranslation("notebook.provenance", provenance.entries().size()), list);
        details.addClassName("cell-provenance");
        return java.util.Optional.of(details);
    }
}
