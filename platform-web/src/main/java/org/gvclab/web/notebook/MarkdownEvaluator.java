package org.gvclab.web.notebook;

import java.util.List;
import java.util.Set;
import org.gvclab.core.notebook.CellEvaluator;
import org.gvclab.core.notebook.CellResult;
import org.gvclab.core.notebook.MarkdownCell;
import org.gvclab.core.notebook.MarkdownCellEvaluator;
import org.gvclab.core.notebook.NotebookParameter;
import org.gvclab.core.notebook.NotebookParameters;
import org.springframework.stereotype.Component;

/** The notebook's own text cells: markdown rendered to sanitised HTML by the core, depending on no parameter. */
@Component
public class MarkdownEvaluator implements CellEvaluator<MarkdownCell> {

    private final MarkdownCellEvaluator core = new MarkdownCellEvaluator();

    @Override
    public Class<MarkdownCell> cellType() {
        return core.cellType();
    }

    @Override
    public Set<NotebookParameter> dependsOn() {
        return core.dependsOn();
    }

    @Override
    public List<CellResult> evaluate(MarkdownCell cell, NotebookParameters parameters) {
        return core.evaluate(cell, parameters);
    }
}
