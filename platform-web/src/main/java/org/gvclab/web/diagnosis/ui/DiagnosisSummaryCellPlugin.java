package org.gvclab.web.diagnosis.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import java.util.function.Consumer;
import org.gvclab.core.notebook.CellEvaluator;
import org.gvclab.core.notebook.CellKind;
import org.gvclab.core.notebook.DiagnosisSummaryCell;
import org.gvclab.web.diagnosis.DiagnosisSummaryEvaluator;
import org.gvclab.web.notebook.CellPlugin;

/** The diagnosis cell: the cluster's diagnosis as of the last chosen year, with or without its drivers. */
@org.springframework.stereotype.Component
class DiagnosisSummaryCellPlugin implements CellPlugin<DiagnosisSummaryCell> {

    private final DiagnosisSummaryEvaluator evaluator;

    DiagnosisSummaryCellPlugin(DiagnosisSummaryEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    @Override
    public CellKind kind() {
        return CellKind.DIAGNOSIS_SUMMARY;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public DiagnosisSummaryCell newCell(String id) {
        return new DiagnosisSummaryCell(id, true);
    }

    @Override
    public CellEvaluator<DiagnosisSummaryCell> evaluator() {
        return evaluator;
    }

    @Override
    public Component editor(DiagnosisSummaryCell cell, Consumer<DiagnosisSummaryCell> onChange) {
        Checkbox drivers = new Checkbox();
        drivers.setLabel(drivers.getTranslation("notebook.showDrivers"));
        drivers.setValue(cell.showDrivers());
        drivers.addValueChangeListener(e -> onChange.accept(new DiagnosisSummaryCell(cell.id(), e.getValue())));
        return drivers;
    }
}
