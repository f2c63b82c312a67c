package org.gvclab.web.strategy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.LinkedHashSet;
import java.util.function.Consumer;
import org.gvclab.core.notebook.CellEvaluator;
import org.gvclab.core.notebook.CellKind;
import org.gvclab.core.notebook.NotebookTemplates;
import org.gvclab.core.notebook.StrategyComparisonCell;
import org.gvclab.core.strategy.Scenario;
import org.gvclab.core.strategy.Strategies;
import org.gvclab.web.notebook.CellPlugin;
import org.gvclab.web.strategy.StrategyComparisonEvaluator;

/**
 * The strategy comparison cell: the preset strategies over the default horizon when added, the notebook's saved
 * scenario instead when one is chosen in the parameter bar.
 */
@org.springframework.stereotype.Component
class StrategyComparisonCellPlugin implements CellPlugin<StrategyComparisonCell> {

    private final StrategyComparisonEvaluator evaluator;

    StrategyComparisonCellPlugin(StrategyComparisonEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    @Override
    public CellKind kind() {
        return CellKind.STRATEGY_COMPARISON;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public StrategyComparisonCell newCell(String id) {
        return new StrategyComparisonCell(id, Strategies.PRESET_IDS, NotebookTemplates.DEFAULT_HORIZON);
    }

    @Override
    public CellEvaluator<StrategyComparisonCell> evaluator() {
        return evaluator;
    }

    @Override
    public Component editor(StrategyComparisonCell cell, Consumer<StrategyComparisonCell> onChange) {
        MultiSelectComboBox<String> strategies = new MultiSelectComboBox<>();
        strategies.setLabel(strategies.getTranslation("notebook.strategies"));
        strategies.setItems(Strategies.PRESET_IDS);
        strategies.setValue(new LinkedHashSet<>(cell.strategyIds()));
        IntegerField horizon = new IntegerField(strategies.getTranslation("notebook.horizon"));
        horizon.setMin(1);
        horizon.setMax(Scenario.MAX_HORIZON);
        horizon.setValue(cell.horizonYears());
        strategies.addValueChangeListener(e -> onChange.accept(new StrategyComparisonCell(cell.id(),
                e.getValue().stream().sorted().toList(), valid(horizon))));
        horizon.addValueChangeListener(e -> onChange.accept(new StrategyComparisonCell(cell.id(),
                strategies.getValue().stream().sorted().toList(), valid(horizon))));
        return new FormLayout(strategies, horizon);
    }

    private static int valid(IntegerField horizon) {
        Integer v = horizon.getValue();
        return v == null || v < 1 ? 1 : Math.min(v, Scenario.MAX_HORIZON);
    }
}
