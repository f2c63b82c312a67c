package org.gvclab.web.notebook.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.Locale;
import org.gvclab.core.notebook.Cell;
import org.gvclab.core.notebook.CellResult;
import org.jspecify.annotations.Nullable;

/**
 * One cell of the notebook editor: its kind, the owner's buttons to move and delete it, the editor of its settings
 * and the area its results appear in as soon as they are computed.
 */
final class CellPanel extends Composite<Div> {

    /** What the owner may do with a cell besides editing its settings. */
    interface Actions {
        void move(Cell cell, int delta);

        void delete(Cell cell);
    }

    private final Div results = new Div();
    private @Nullable List<CellResult> shown;

    CellPanel(Cell cell, @Nullable Component editor, @Nullable Actions actions, int index, int count) {
        Div panel = getContent();
        panel.addClassName("notebook-cell");
        panel.getElement().setAttribute("data-kind", cell.kind().name());
        panel.getElement().setAttribute("data-cell-id", cell.id());
        panel.setWidthFull();
        panel.getStyle().set("border-left", "3px solid var(--lumo-contrast-10pct)").set("padding-left",
                "var(--lumo-space-m)").set("box-sizing", "border-box");
        HorizontalLayout bar = new HorizontalLayout();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        Span kind = new Span(getTranslation("notebook.kind." + cell.kind().name()));
        kind.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        bar.add(kind);
        if (actions != null) {
            Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> actions.move(cell, -1));
            up.setEnabled(index > 0);
            up.addClassName("cell-up");
            up.setAriaLabel(getTranslation("notebook.moveUp"));
            Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> actions.move(cell, 1));
            down.setEnabled(index < count - 1);
            down.addClassName("cell-down");
            down.setAriaLabel(getTranslation("notebook.moveDown"));
            Button delete = new Button(VaadinIcon.TRASH.create(), e -> actions.delete(cell));
            delete.addClassName("cell-delete");
            delete.setAriaLabel(getTranslation("notebook.deleteCell"));
            for (Button b : List.of(up, down, delete)) {
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            }
            bar.add(up, down, delete);
        }
        panel.add(bar);
        if (editor != null) {
            panel.add(editor);
        }
        results.setWidthFull();
        results.addClassName("cell-result-area");
        panel.add(results);
    }

    /**
     * Shows the cell's results of evaluation number {@code evaluation}, unless they are the very results already
     * shown (a cell whose inputs did not change keeps its results, and its evaluation number).
     */
    void show(List<CellResult> cellResults, Locale locale, int evaluation) {
        if (cellResults == shown) {
            return;
        }
        shown = cellResults;
        results.removeAll();
        results.add(new ResultView(cellResults, locale));
        results.getElement().setAttribute("data-evaluation", String.valueOf(evaluation));
    }
}
