package org.gvclab.web.strategy.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.strategy.BudgetUnit;
import org.gvclab.core.strategy.Lever;
import org.gvclab.core.strategy.LeverKind;
import org.gvclab.core.strategy.Scenario;
import org.gvclab.core.strategy.Strategy;
import org.gvclab.core.strategy.Target;

/**
 * The lever editor: a custom strategy is a name and a list of policy levers (kind, yearly budget, targeted firms,
 * start year, duration). Fires a {@link SaveEvent} with the strategy; knows no service.
 */
class CustomStrategyForm extends Composite<VerticalLayout> {

    private final List<Lever> levers = new ArrayList<>();
    private final Grid<Lever> grid = new Grid<>();

    CustomStrategyForm(String id, Locale locale) {
        VerticalLayout root = getContent();
        root.setPadding(false);
        TextField name = new TextField(getTranslation("strategy.custom.name"));
        name.setId("custom-name");
        name.setWidth("24rem");
        Select<LeverKind> kind = new Select<>();
        kind.setId("lever-kind");
        kind.setLabel(getTranslation("strategy.lever.kind"));
        kind.setItems(LeverKind.values());
        kind.setItemLabelGenerator(k -> k.label().in(locale));
        kind.setValue(LeverKind.RD_SUBSIDY);
        Paragraph effects = new Paragraph(LeverKind.RD_SUBSIDY.effects().in(locale));
        effects.getStyle().set("color", "var(--lumo-secondary-text-color)");
        kind.addValueChangeListener(e -> effects.setText(e.getValue() == null ? "" : e.getValue().effects().in(locale)));
        NumberField budget = new NumberField(getTranslation("strategy.lever.budget"));
        budget.setId("lever-budget");
        budget.setMin(0);
        budget.setValue(1.0);
        Select<BudgetUnit> unit = new Select<>();
        unit.setLabel(getTranslation("strategy.lever.unit"));
        unit.setItems(BudgetUnit.values());
        unit.setItemLabelGenerator(u -> u.label().in(locale));
        unit.setValue(BudgetUnit.PERCENT_OF_VALUE_ADDED);
        Select<Target> target = new Select<>();
        target.setLabel(getTranslation("strategy.lever.target"));
        target.setItems(Target.values());
        target.setItemLabelGenerator(t -> t.label().in(locale));
        target.setValue(Target.ALL_FIRMS);
        IntegerField start = new IntegerField(getTranslation("strategy.lever.start"));
        start.setMin(1);
        start.setMax(Scenario.MAX_HORIZON);
        start.setValue(1);
        IntegerField duration = new IntegerField(getTranslation("strategy.lever.duration"));
        duration.setMin(1);
        duration.setMax(Scenario.MAX_HORIZON);
        duration.setValue(Scenario.MAX_HORIZON);
        Button add = new Button(getTranslation("strategy.lever.add"), e -> {
            try {
                levers.add(new Lever(kind.getValue(), budget.getValue() == null ? 0 : budget.getValue(),
                        unit.getValue(), target.getValue(), start.getValue() == null ? 1 : start.getValue(),
                        duration.getValue() == null ? 1 : duration.getValue()));
                grid.setItems(levers);
            } catch (IllegalArgumentException invalid) {
                budget.setErrorMessage(invalid.getMessage());
                budget.setInvalid(true);
            }
        });
        add.setId("add-lever");
        HorizontalLayout row = new HorizontalLayout(kind, budget, unit, target, start, duration, add);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        grid.setId("levers-grid");
        grid.addColumn(l -> l.kind().label().in(locale)).setHeader(getTranslation("strategy.lever.kind"))
                .setFlexGrow(2);
        grid.addColumn(l -> l.budget() + " " + l.unit().label().in(locale))
                .setHeader(getTranslation("strategy.lever.budget")).setFlexGrow(2);
        grid.addColumn(l -> l.target().label().in(locale)).setHeader(getTranslation("strategy.lever.target"));
        grid.addColumn(l -> l.startYear() + "–" + Math.min(Scenario.MAX_HORIZON, l.startYear() + l.durationYears() - 1))
                .setHeader(getTranslation("strategy.lever.years"));
        grid.setAllRowsVisible(true);
        Button save = new Button(getTranslation("strategy.custom.save"), e -> {
            String n = name.getValue().isBlank() ? id : name.getValue().trim();
            fireEvent(new SaveEvent(this, new Strategy(id, LocalizedText.of(n), LocalizedText.of(n), levers)));
        });
        save.setId("save-custom");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        root.add(name, row, effects, grid, save);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** The custom strategy as the user defined it. */
    static final class SaveEvent extends ComponentEvent<CustomStrategyForm> {
        private final Strategy strategy;

        SaveEvent(CustomStrategyForm source, Strategy strategy) {
            super(source, false);
            this.strategy = strategy;
        }

        Strategy strategy() {
            return strategy;
        }
    }
}
