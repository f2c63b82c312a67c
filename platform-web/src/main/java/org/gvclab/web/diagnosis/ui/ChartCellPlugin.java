package org.gvclab.web.diagnosis.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Consumer;
import org.gvclab.core.indicator.Indicator;
import org.gvclab.core.notebook.CellEvaluator;
import org.gvclab.core.notebook.CellKind;
import org.gvclab.core.notebook.ChartCell;
import org.gvclab.core.notebook.ChartChoice;
import org.gvclab.web.diagnosis.ChartCellEvaluator;
import org.gvclab.web.indicator.ui.IndicatorPicker;
import org.gvclab.web.notebook.CellPlugin;

/** The chart cell about a cluster: the factor radar, the trend of chosen indicators, or its chain's smile curve. */
@org.springframework.stereotype.Component
class ChartCellPlugin implements CellPlugin<ChartCell> {

    private final ChartCellEvaluator evaluator;

    ChartCellPlugin(ChartCellEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    @Override
    public CellKind kind() {
        return CellKind.CHART;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public ChartCell newCell(String id) {
        return new ChartCell(id, ChartChoice.FACTOR_RADAR, List.of());
    }

    @Override
    public CellEvaluator<ChartCell> evaluator() {
        return evaluator;
    }

    @Override
    public Component editor(ChartCell cell, Consumer<ChartCell> onChange) {
        Select<ChartChoice> choice = new Select<>();
        choice.setLabel(choice.getTranslation("notebook.chart"));
        choice.setItems(ChartChoice.FACTOR_RADAR, ChartChoice.INDICATOR_TREND, ChartChoice.SMILE_CURVE);
        choice.setItemLabelGenerator(c -> choice.getTranslation("notebook.chart." + c.name()));
        choice.setValue(cell.chart());
        MultiSelectComboBox<Indicator> indicators = IndicatorPicker.of(cell.indicatorIds());
        choice.addValueChangeListener(e -> onChange.accept(new ChartCell(cell.id(), e.getValue(),
                IndicatorPicker.ids(indicators.getValue()))));
        indicators.addValueChangeListener(e -> onChange.accept(new ChartCell(cell.id(), choice.getValue(),
                IndicatorPicker.ids(e.getValue()))));
        return new FormLayout(choice, indicators);
    }
}
