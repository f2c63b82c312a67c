package org.gvclab.web.strategy.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.validator.DoubleRangeValidator;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.gvclab.core.strategy.Scenario;
import org.gvclab.core.strategy.Strategies;
import org.gvclab.core.strategy.Strategy;
import org.gvclab.web.strategy.RankingChoice;
import org.gvclab.web.strategy.SavedScenario;
import org.gvclab.web.strategy.ScenarioInput;
import org.gvclab.web.strategy.StrategySetup;

/**
 * The scenario of a strategy comparison: name, strategies (presets and custom lever sets), horizon, shock, draws,
 * seed, ranking weights and every model parameter. Fields are bound with a {@link Binder} that checks each value
 * against the model's limits ({@link Scenario#MAX_HORIZON}, {@link Scenario#MAX_DRAWS}); the form knows no service
 * and fires typed events: {@link RunEvent} and {@link SaveEvent} with the entered {@link ScenarioInput},
 * {@link RankingEvent} when only the ranking changed, {@link LoadEvent} when a saved scenario is chosen.
 */
final class ScenarioForm extends Composite<VerticalLayout> {

    /** The fewest draws the form accepts: fewer make the P10–P90 bands meaningless. */
    static final int MIN_DRAWS = 10;

    private final Binder<ScenarioDraft> binder = new Binder<>();
    private final CheckboxGroup<String> strategyChoice;
    private final List<Strategy> custom = new ArrayList<>();
    private final RankingFields ranking;
    private final ParameterGrid parameters;
    private final Button run = new Button();
    private final Button cancel = new Button();
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Span progressText = new Span();

    ScenarioForm(StrategySetup setup, Locale locale) {
        TextField name = new TextField(getTranslation("strategy.name"));
        Select<SavedScenario> saved = new Select<>();
        saved.setId("saved-scenarios");
        saved.setLabel(getTranslation("strategy.saved"));
        saved.setItems(setup.saved());
        saved.setItemLabelGenerator(s -> s.scenario().name() + " (" + s.createdBy() + ", "
                + s.createdAt().toLocalDate() + ")");
        saved.setEnabled(!setup.saved().isEmpty());
        saved.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                fireEvent(new LoadEvent(this, e.getValue()));
            }
        });
        IntegerField horizon = new IntegerField(getTranslation("strategy.horizon"));
        horizon.setId("horizon");
        horizon.setMin(1);
        horizon.setMax(Scenario.MAX_HORIZON);
        horizon.setStepButtonsVisible(true);
        // every strategy visible with its label and whether it is selected (not a count chip)
        strategyChoice = new CheckboxGroup<>(getTranslation("strategy.strategies"));
        strategyChoice.setId("strategy-choice");
        strategyChoice.getStyle().set("flex", "1 1 20rem").set("min-width", "0");
        Button customButton = new Button(getTranslation("strategy.custom"), e -> openCustomEditor());
        customButton.setId("custom-strategy");
        Checkbox shock = new Checkbox(getTranslation("strategy.shock"));
        shock.setId("shock");
        NumberField shockSize = new NumberField(getTranslation("strategy.shock.size"));
        shockSize.setMin(0);
        shockSize.setMax(100);
        IntegerField shockYear = new IntegerField(getTranslation("strategy.shock.year"));
        shockYear.setMin(1);
        shockYear.setMax(Scenario.MAX_HORIZON);
        IntegerField draws = new IntegerField(getTranslation("strategy.draws"));
        draws.setId("draws");
        draws.setMin(MIN_DRAWS);
        draws.setMax(Scenario.MAX_DRAWS);
        TextField seed = new TextField(getTranslation("strategy.seed"));
        ranking = new RankingFields(this, locale, setup.workshop(), setup.regionalOffered(),
                this::rankingChanged);
        parameters = new ParameterGrid(setup.baseline() == null ? List.of()
                : setup.baseline().parameters().parameters(), locale);

        binder.forField(name).bind(ScenarioDraft::getName, ScenarioDraft::setName);
        binder.forField(strategyChoice)
                .withValidator(s -> !s.isEmpty(), getTranslation("strategy.error.noStrategy"))
                .bind(ScenarioDraft::getStrategyIds, ScenarioDraft::setStrategyIds);
        binder.forField(horizon).asRequired(getTranslation("strategy.error.horizon", Scenario.MAX_HORIZON))
                .withValidator(new IntegerRangeValidator(getTranslation("strategy.error.horizon",
                        Scenario.MAX_HORIZON), 1, Scenario.MAX_HORIZON))
                .bind(ScenarioDraft::getHorizon, ScenarioDraft::setHorizon);
        binder.forField(shock).bind(ScenarioDraft::isShock, ScenarioDraft::setShock);
        binder.forField(shockSize).asRequired(getTranslation("strategy.error.shockSize"))
                .withValidator(new DoubleRangeValidator(getTranslation("strategy.error.shockSize"), 0.0, 100.0))
                .bind(ScenarioDraft::getShockPercent, ScenarioDraft::setShockPercent);
        binder.forField(shockYear).asRequired(getTranslation("strategy.error.shockYear", Scenario.MAX_HORIZON))
                .withValidator(new IntegerRangeValidator(getTranslation("strategy.error.shockYear",
                        Scenario.MAX_HORIZON), 1, Scenario.MAX_HORIZON))
                .bind(ScenarioDraft::getShockYear, ScenarioDraft::setShockYear);
        binder.forField(draws).asRequired(getTranslation("strategy.error.draws", MIN_DRAWS, Scenario.MAX_DRAWS))
                .withValidator(new IntegerRangeValidator(getTranslation("strategy.error.draws", MIN_DRAWS,
                        Scenario.MAX_DRAWS), MIN_DRAWS, Scenario.MAX_DRAWS))
                .bind(ScenarioDraft::getDraws, ScenarioDraft::setDraws);
        binder.forField(seed).withConverter(Converter.<String, Long>from(text -> {
            try {
                return Result.ok(Long.parseLong(text.trim()));
            } catch (NumberFormatException e) {
                return Result.error(getTranslation("strategy.error.seed"));
            }
        }, value -> value == null ? "" : String.valueOf(value))).bind(ScenarioDraft::getSeed, ScenarioDraft::setSeed);

        run.setText(getTranslation("strategy.run"));
        run.setId("run-comparison");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> input().ifPresent(in -> fireEvent(new RunEvent(this, in))));
        cancel.setText(getTranslation("action.cancel"));
        cancel.setEnabled(false);
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));
        Button save = new Button(getTranslation("strategy.saveScenario"),
                e -> input().ifPresent(in -> fireEvent(new SaveEvent(this, in))));
        save.setId("save-scenario");
        progress.setId("strategy-progress");
        progress.setVisible(false);
        progress.setWidth("20rem");
        progressText.setId("strategy-progress-text");

        FormLayout form = new FormLayout(name, saved, horizon, draws, seed, ranking.weighting());
        HorizontalLayout strategiesRow = new HorizontalLayout(strategyChoice, customButton);
        strategiesRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        strategiesRow.setWidthFull();
        strategiesRow.getStyle().set("flex-wrap", "wrap");
        HorizontalLayout shockRow = new HorizontalLayout(shock, shockSize, shockYear);
        shockRow.getStyle().set("flex-wrap", "wrap");
        shockRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout runRow = new HorizontalLayout(run, cancel, save, progress, progressText);
        runRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        runRow.getStyle().set("flex-wrap", "wrap");
        progress.getStyle().set("max-width", "100%");
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.add(form, strategiesRow, shockRow, ranking.regional(), ranking.weights(), parameters, runRow);
    }

    private void rankingChanged() {
        fireEvent(new RankingEvent(this, ranking.value()));
    }

    /** Shows a scenario's values (the default one, or a saved one). */
    void load(ScenarioInput input) {
        custom.clear();
        custom.addAll(input.customStrategies());
        refreshStrategyItems(new LinkedHashSet<>(input.strategyIds()));
        binder.readBean(ScenarioDraft.of(input));
        ranking.set(input.ranking());
        parameters.setOverrides(input.overrides());
    }

    /** The values as entered, or empty (with a message on each field out of its limits). */
    Optional<ScenarioInput> input() {
        ScenarioDraft draft = new ScenarioDraft();
        if (!binder.writeBeanIfValid(draft)) {
            return Optional.empty();
        }
        RankingChoice choice = ranking.value();
        return Optional.of(draft.toInput(List.copyOf(custom), parameters.overrides(), choice));
    }

    /** The run's state: buttons, progress bar and status text. */
    void running(boolean running, String status) {
        run.setEnabled(!running);
        cancel.setEnabled(running);
        progress.setVisible(running);
        if (running) {
            progress.setValue(0);
        }
        progressText.setText(status);
    }

    void progress(double fraction) {
        progress.setValue(Math.min(1, Math.max(0, fraction)));
    }

    private void refreshStrategyItems(Set<String> selected) {
        List<String> ids = new ArrayList<>(Strategies.PRESET_IDS);
        custom.forEach(s -> ids.add(s.id()));
        strategyChoice.setItems(ids);
        Locale locale = getLocale();
        strategyChoice.setItemLabelGenerator(id -> Strategies.preset(id, 0.02).map(s -> s.label().in(locale))
                .orElseGet(() -> custom.stream().filter(s -> s.id().equals(id)).findFirst()
                        .map(s -> s.label().in(locale)).orElse(id)));
        strategyChoice.setValue(selected);
    }

    private void openCustomEditor() {
        String id = "C" + (custom.size() + 1);
        Dialog dialog = new Dialog(getTranslation("strategy.custom"));
        dialog.setWidth("min(70rem, 96vw)");
        CustomStrategyForm form = new CustomStrategyForm(id, getLocale());
        form.addSaveListener(e -> {
            custom.add(e.strategy());
            Set<String> selected = new LinkedHashSet<>(strategyChoice.getValue());
            selected.add(e.strategy().id());
            refreshStrategyItems(selected);
            dialog.close();
        });
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()));
        dialog.open();
    }

    <E extends ComponentEvent<?>> Registration on(Class<E> type, ComponentEventListener<E> listener) {
        return addListener(type, listener);
    }

    /** An event carrying the scenario as the form holds it. */
    abstract static class InputEvent extends ComponentEvent<ScenarioForm> {
        private final ScenarioInput input;

        InputEvent(ScenarioForm source, ScenarioInput input) {
            super(source, false);
            this.input = input;
        }

        ScenarioInput input() {
            return input;
        }
    }

    /** Run the comparison of this scenario. */
    static final class RunEvent extends InputEvent {
        RunEvent(ScenarioForm source, ScenarioInput input) {
            super(source, input);
        }
    }

    /** Save this scenario for the cluster. */
    static final class SaveEvent extends InputEvent {
        SaveEvent(ScenarioForm source, ScenarioInput input) {
            super(source, input);
        }
    }

    /** Stop the running comparison. */
    static final class CancelEvent extends ComponentEvent<ScenarioForm> {
        CancelEvent(ScenarioForm source) {
            super(source, false);
        }
    }

    /** The ranking criteria or weights changed: re-rank the last run. */
    static final class RankingEvent extends ComponentEvent<ScenarioForm> {
        private final RankingChoice choice;

        RankingEvent(ScenarioForm source, RankingChoice choice) {
            super(source, false);
            this.choice = choice;
        }

        RankingChoice choice() {
            return choice;
        }
    }

    /** A saved scenario was chosen: load its values. */
    static final class LoadEvent extends ComponentEvent<ScenarioForm> {
        private final SavedScenario saved;

        LoadEvent(ScenarioForm source, SavedScenario saved) {
            super(source, false);
            this.saved = saved;
        }

        SavedScenario saved() {
            return saved;
        }
    }
}
