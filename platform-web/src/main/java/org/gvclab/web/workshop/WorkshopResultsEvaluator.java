package org.gvclab.web.workshop;

import java.util.List;
import java.util.Set;
import org.gvclab.core.notebook.CellEvaluationException;
import org.gvclab.core.notebook.CellEvaluator;
import org.gvclab.core.notebook.CellResult;
import org.gvclab.core.notebook.NotebookParameter;
import org.gvclab.core.notebook.NotebookParameters;
import org.gvclab.core.notebook.WorkshopResultsCell;
import org.gvclab.web.base.Translations;
import org.springframework.stereotype.Component;

/** The frozen results of a closed workshop: score distributions, group AHP weights, strategy ranking. */
@Component
public class WorkshopResultsEvaluator implements CellEvaluator<WorkshopResultsCell> {

    private final WorkshopService workshops;

    WorkshopResultsEvaluator(WorkshopService workshops) {
        this.workshops = workshops;
    }

    @Override
    public Class<WorkshopResultsCell> cellType() {
        return WorkshopResultsCell.class;
    }

    @Override
    public Set<NotebookParameter> dependsOn() {
        return Set.of();
    }

    /** Frozen results never change; the workshop id is in the cell itself. */
    @Override
    public String dataVersion(WorkshopResultsCell cell, NotebookParameters parameters) {
        return cell.workshopId();
    }

    @Override
    public List<CellResult> evaluate(WorkshopResultsCell cell, NotebookParameters parameters) {
        if (cell.workshopId().isBlank()) {
            throw new CellEvaluationException(Translations.text("notebook.cell.chooseWorkshop"));
        }
        try {
            return workshops.notebookResults(Long.parseLong(cell.workshopId()));
        } catch (NumberFormatException e) {
            throw new CellEvaluationException(Translations.text("notebook.cell.badWorkshop", cell.workshopId()));
        }
    }
}
