package org.gvclab.core.notebook;

import java.util.List;
import java.util.Set;

/** Evaluates markdown cells to sanitised HTML; depends on no parameter. */
public final class MarkdownCellEvaluator implements CellEvaluator<MarkdownCell> {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Override
    public Class<MarkdownCell> cellType() {
        return MarkdownCell.class;
    }

    @Override
    public Set<NotebookParameter> dependsOn() {
        return Set.of();
    }

    @Override
    public List<CellResult> evaluate(MarkdownCell cell, NotebookParameters parameters) {
        return List.of(renderer.render(cell.source()));
    }
}
