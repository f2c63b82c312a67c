package org.gvclab.web.strategy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;
import org.gvclab.core.notebook.CellEvaluator;
import org.gvclab.core.notebook.CellKind;
import org.gvclab.core.notebook.DraftSection;
import org.gvclab.core.notebook.DraftedTextCell;
import org.gvclab.web.notebook.CellPlugin;
import org.gvclab.web.strategy.DraftedTextEvaluator;

/**
 * The "drafted text" cell: a brief's summary, findings, strategy conclusion or recommendation, drafted from the
 * diagnosis and the strategy comparison. The editor chooses the section and takes the author's own text, which then
 * replaces the draft and is kept when the data change (marked as edited); clearing it follows the data again.
 */
@org.springframework.stereotype.Component
class DraftedTextCellPlugin implements CellPlugin<DraftedTextCell> {

    private final DraftedTextEvaluator evaluator;

    DraftedTextCellPlugin(DraftedTextEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    @Override
    public CellKind kind() {
        return DraftedTextCell.KIND;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public DraftedTextCell newCell(String id) {
        UI ui = UI.getCurrent();
        boolean chinese = ui == null || "zh".equals(ui.getLocale().getLanguage());
        return DraftedTextCell.drafted(id, DraftSection.SUMMARY, chinese ? "zh-CN" : "en");
    }

    @Override
    public CellEvaluator<DraftedTextCell> evaluator() {
        return evaluator;
    }

    @Override
    public Component editor(DraftedTextCell cell, Consumer<DraftedTextCell> onChange) {
        // the editor lives as long as its panel: it keeps the cell as last changed, so each change builds on it
        DraftedTextCell[] current = {cell};
        Select<DraftSection> section = new Select<>();
        TextArea text = new TextArea(section.getTranslation("notebook.draft.text"));
        Span edited = new Span(section.getTranslation("notebook.draft.edited"));
        Button follow = new Button(section.getTranslation("notebook.draft.follow"));
        Consumer<DraftedTextCell> change = next -> {
            current[0] = next;
            edited.setVisible(next.edited());
            follow.setVisible(next.edited());
            onChange.accept(next);
        };

        section.setLabel(section.getTranslation("notebook.draft.section"));
        section.setItems(DraftSection.values());
        java.util.Locale locale = UI.getCurrent() == null ? java.util.Locale.ENGLISH : UI.getCurrent().getLocale();
        section.setItemLabelGenerator(s -> s.label().in(locale));
        section.setValue(cell.section());
        section.addValueChangeListener(e -> {
            DraftedTextCell c = current[0];
            change.accept(new DraftedTextCell(c.id(), e.getValue(), c.language(), c.draft(), c.text(), c.edited()));
        });

        text.addClassName("drafted-text-source");
        text.setWidthFull();
        text.setMinHeight("5em");
        text.setPlaceholder(section.getTranslation("notebook.draft.placeholder"));
        text.setValue(cell.edited() && cell.text() != null ? cell.text() : "");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(400);
        text.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                change.accept(current[0].edit(current[0].draft(), e.getValue()));
            }
        });

        edited.addClassName("drafted-text-edited");
        edited.getElement().getThemeList().add("badge contrast");
        follow.addClassName("drafted-text-follow");
        follow.addClickListener(e -> {
            text.clear();
            change.accept(current[0].edit(null, null));
        });
        edited.setVisible(cell.edited());
        follow.setVisible(cell.edited());

        VerticalLayout layout = new VerticalLayout(section, text, edited, follow);
        layout.setPadding(false);
        layout.setSpacing(false);
        return layout;
    }
}
