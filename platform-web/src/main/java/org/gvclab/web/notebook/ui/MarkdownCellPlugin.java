package org.gvclab.web.notebook.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;
import org.gvclab.core.notebook.CellEvaluator;
import org.gvclab.core.notebook.CellKind;
import org.gvclab.core.notebook.MarkdownCell;
import org.gvclab.web.notebook.CellPlugin;
import org.gvclab.web.notebook.MarkdownEvaluator;

/** The notebook's own cell kind: the author's markdown, edited in a text area and previewed live below it. */
@org.springframework.stereotype.Component
class MarkdownCellPlugin implements CellPlugin<MarkdownCell> {

    private final MarkdownEvaluator evaluator;

    MarkdownCellPlugin(MarkdownEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    @Override
    public CellKind kind() {
        return CellKind.MARKDOWN;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public MarkdownCell newCell(String id) {
        return new MarkdownCell(id, "");
    }

    @Override
    public CellEvaluator<MarkdownCell> evaluator() {
        return evaluator;
    }

    @Override
    public com.vaadin.flow.component.Component editor(MarkdownCell cell, Consumer<MarkdownCell> onChange) {
        TextArea source = new TextArea();
        source.addClassName("markdown-source");
        source.setWidthFull();
        source.setMinHeight("6em");
        source.setValue(cell.source());
        source.setValueChangeMode(ValueChangeMode.LAZY);
        source.setValueChangeTimeout(400);
        source.addValueChangeListener(e -> onChange.accept(new MarkdownCell(cell.id(), e.getValue())));
        return source;
    }
}
