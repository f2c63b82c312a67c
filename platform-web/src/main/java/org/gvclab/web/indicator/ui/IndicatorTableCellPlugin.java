package org.gvclab.web.indicator.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.List;
import java.util.function.Consumer;
import org.gvclab.core.indicator.Indicator;
import org.gvclab.core.notebook.CellEvaluator;
import org.gvclab.core.notebook.CellKind;
import org.gvclab.core.notebook.IndicatorTableCell;
import org.gvclab.web.indicator.IndicatorTableEvaluator;
import org.gvclab.web.notebook.CellPlugin;

/** The indicator table cell: catalogue indicators of the notebook's cluster over the chosen years. */
@org.springframework.stereotype.Component
class IndicatorTableCellPlugin implements CellPlugin<IndicatorTableCell> {

    private final IndicatorTableEvaluator evaluator;

    IndicatorTableCellPlugin(IndicatorTableEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    @Override
    public CellKind kind() {
        return CellKind.INDICATOR_TABLE;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public IndicatorTableCell newCell(String id) {
        return new IndicatorTableCell(id, List.of());
    }

    @Override
    public CellEvaluator<IndicatorTableCell> evaluator() {
        return evaluator;
    }

    @Override
    public Component editor(IndicatorTableCell cell, Consumer<IndicatorTableCell> onChange) {
        MultiSelectComboBox<Indicator> indicators = IndicatorPicker.of(cell.indicatorIds());
        indicators.setHelperText(indicators.getTranslation("notebook.indicators.allWhenEmpty"));
        indicators.addValueChangeListener(e -> onChange.accept(new IndicatorTableCell(cell.id(),
                IndicatorPicker.ids(e.getValue()))));
        return indicators;
    }
}
