package org.gvclab.web.workshop.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.gvclab.core.notebook.CellEvaluator;
import org.gvclab.core.notebook.CellKind;
import org.gvclab.core.notebook.WorkshopResultsCell;
import org.gvclab.web.notebook.CellPlugin;
import org.gvclab.web.workshop.WorkshopResultsEvaluator;
import org.gvclab.web.workshop.WorkshopService;
import org.gvclab.web.workshop.WorkshopStatus;
import org.gvclab.web.workshop.WorkshopSummary;

/** The workshop results cell: the frozen results of a closed workshop the user may see. */
@org.springframework.stereotype.Component
class WorkshopResultsCellPlugin implements CellPlugin<WorkshopResultsCell> {

    private final WorkshopResultsEvaluator evaluator;
    private final WorkshopService workshops;

    WorkshopResultsCellPlugin(WorkshopResultsEvaluator evaluator, WorkshopService workshops) {
        this.evaluator = evaluator;
        this.workshops = workshops;
    }

    @Override
    public CellKind kind() {
        return CellKind.WORKSHOP_RESULTS;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public WorkshopResultsCell newCell(String id) {
        return new WorkshopResultsCell(id, "");
    }

    @Override
    public CellEvaluator<WorkshopResultsCell> evaluator() {
        return evaluator;
    }

    @Override
    public Component editor(WorkshopResultsCell cell, Consumer<WorkshopResultsCell> onChange) {
        Locale locale = UI.getCurrent().getLocale();
        List<WorkshopSummary> closed = workshops.visible().stream().filter(w -> w.status() == WorkshopStatus.CLOSED)
                .toList();
        Select<WorkshopSummary> choice = new Select<>();
        choice.addClassName("cell-workshop");
        choice.setLabel(choice.getTranslation("notebook.workshop"));
        choice.setItems(closed);
        choice.setItemLabelGenerator(w -> w == null ? "" : w.title() + " · " + w.clusterName().in(locale) + " · "
                + (w.closedAt() == null ? "" : w.closedAt().toLocalDate().toString()));
        choice.setEmptySelectionAllowed(true);
        closed.stream().filter(w -> String.valueOf(w.id()).equals(cell.workshopId())).findFirst()
                .ifPresent(choice::setValue);
        choice.addValueChangeListener(e -> onChange.accept(new WorkshopResultsCell(cell.id(),
                e.getValue() == null ? "" : String.valueOf(e.getValue().id()))));
        return choice;
    }
}
