package org.gvclab.web.notebook.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.gvclab.core.notebook.NotebookParameter;
import org.gvclab.web.notebook.Choice;
import org.gvclab.web.notebook.NotebookInputs;
import org.jspecify.annotations.Nullable;

/**
 * The parameter bar of a notebook: cluster, years, strategy scenario and IO table. The values offered come from
 * {@code choices} (the features that own them); every change the user makes hands the new parameters to
 * {@code onChange}. A new cluster clears the years and the scenario (a saved scenario belongs to one cluster).
 */
final class ParameterBar extends Composite<HorizontalLayout> {

    private final BiFunction<NotebookParameter, NotebookInputs, List<Choice>> choices;
    private final Consumer<NotebookInputs> onChange;
    private final ComboBox<Choice> cluster = new ComboBox<>();
    private final MultiSelectComboBox<Integer> years = new MultiSelectComboBox<>();
    private final Select<Choice> scenario = new Select<>();
    private final Select<Choice> ioTable = new Select<>();
    private NotebookInputs inputs;

    ParameterBar(NotebookInputs initial, boolean editable, Locale locale,
                 BiFunction<NotebookParameter, NotebookInputs, List<Choice>> choices,
                 Consumer<NotebookInputs> onChange) {
        this.inputs = initial;
        this.choices = choices;
        this.onChange = onChange;
        cluster.setLabel(getTranslation("notebook.param.cluster"));
        cluster.setId("param-cluster");
        List<Choice> clusters = choices.apply(NotebookParameter.CLUSTER, initial);
        cluster.setItems(clusters);
        cluster.setItemLabelGenerator(c -> c.label().in(locale));
        cluster.setWidth("24rem");
        clusters.stream().filter(c -> Objects.equals(c.id(), initial.clusterId())).findFirst()
                .ifPresent(cluster::setValue);
        years.setLabel(getTranslation("notebook.param.years"));
        years.setId("param-years");
        // every chosen year shows as its own chip (the field grows), and the helper says what the choice means
        years.setAutoExpand(MultiSelectComboBox.AutoExpandMode.HORIZONTAL);
        years.setMinWidth("14rem");
        years.setMaxWidth("32rem");
        scenario.setId("param-scenario");
        scenario.setLabel(getTranslation("notebook.param.scenario"));
        scenario.setEmptySelectionAllowed(true);
        scenario.setEmptySelectionCaption(getTranslation("notebook.param.scenario.default"));
        scenario.setItemLabelGenerator(s -> s == null ? getTranslation("notebook.param.scenario.default")
                : s.label().in(locale));
        ioTable.setId("param-io-table");
        ioTable.setLabel(getTranslation("notebook.param.ioTable"));
        ioTable.setEmptySelectionAllowed(true);
        ioTable.setEmptySelectionCaption(getTranslation("notebook.param.ioTable.none"));
        ioTable.setItemLabelGenerator(t -> t == null ? getTranslation("notebook.param.ioTable.none")
                : t.label().in(locale));
        List<Choice> tables = choices.apply(NotebookParameter.IO_TABLE, initial);
        ioTable.setItems(tables);
        tables.stream().filter(t -> Objects.equals(t.id(), initial.ioTableId())).findFirst()
                .ifPresent(ioTable::setValue);
        loadClusterDependents();
        cluster.setReadOnly(!editable);
        years.setReadOnly(!editable);
        scenario.setReadOnly(!editable);
        ioTable.setReadOnly(!editable);

        cluster.addValueChangeListener(e -> {
            inputs = inputs.withCluster(e.getValue() == null ? null : e.getValue().id()).withYears(List.of())
                    .withScenario(null);
            loadClusterDependents();
            onChange.accept(inputs);
        });
        years.addValueChangeListener(e -> {
            yearsHint();
            if (e.isFromClient()) {
                changed(inputs.withYears(List.copyOf(e.getValue())));
            }
        });
        scenario.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed(inputs.withScenario(id(e.getValue())));
            }
        });
        ioTable.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed(inputs.withIoTable(id(e.getValue())));
            }
        });
        HorizontalLayout bar = getContent();
        bar.add(cluster, years, scenario, ioTable);
        bar.setId("parameter-bar");
        bar.setWrap(true);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    }

    /** "None chosen: all years", or the years chosen in order. */
    private void yearsHint() {
        List<Integer> chosen = years.getValue().stream().sorted().toList();
        years.setHelperText(chosen.isEmpty() ? getTranslation("notebook.param.years.hint")
                : getTranslation("notebook.param.years.chosen", chosen.stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(", "))));
    }

    /** The years and scenarios of the chosen cluster, showing what the parameters hold. */
    private void loadClusterDependents() {
        years.setItems(choices.apply(NotebookParameter.YEARS, inputs).stream().map(c -> (int) c.id()).toList());
        years.setValue(new LinkedHashSet<>(inputs.years()));
        yearsHint();
        List<Choice> saved = choices.apply(NotebookParameter.SCENARIO, inputs);
        scenario.setItems(saved);
        scenario.setValue(saved.stream().filter(s -> Objects.equals(s.id(), inputs.scenarioId())).findFirst()
                .orElse(null));
    }

    private void changed(NotebookInputs next) {
        inputs = next;
        onChange.accept(next);
    }

    private static @Nullable Long id(@Nullable Choice choice) {
        return choice == null ? null : choice.id();
    }
}
