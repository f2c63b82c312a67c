package org.gvclab.web.strategy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gvclab.core.strategy.Outcome;
import org.gvclab.core.strategy.Weighting;
import org.gvclab.web.strategy.RankingChoice;
import org.gvclab.web.strategy.WorkshopWeighting;
import org.jspecify.annotations.Nullable;

/**
 * The ranking part of the scenario form: the kind of weighting (equal, manual, or the AHP weights of the cluster's
 * latest workshop), the regional criteria (offered only with an IO link) and one weight field per criterion for
 * manual weights, keeping what was typed in fields that stay. Calls {@code onChange} on every change.
 */
final class RankingFields {

    private final Select<Weighting.Kind> weighting = new Select<>();
    private final MultiSelectComboBox<Outcome> regional;
    private final FormLayout weights = new FormLayout();
    private final Map<Outcome, NumberField> manual = new EnumMap<>(Outcome.class);
    private final Component host;
    private final Locale locale;
    private final Runnable onChange;
    private List<Outcome> baseCriteria = Outcome.DEFAULT_CRITERIA;

    RankingFields(Component host, Locale locale, WorkshopWeighting.@Nullable Choice workshop,
                  List<Outcome> regionalOffered, Runnable onChange) {
        this.host = host;
        this.locale = locale;
        this.onChange = onChange;
        weighting.setLabel(host.getTranslation("strategy.weights"));
        weighting.setId("weighting");
        weighting.setItems(workshop != null ? List.of(Weighting.Kind.EQUAL, Weighting.Kind.MANUAL, Weighting.Kind.AHP)
                : List.of(Weighting.Kind.EQUAL, Weighting.Kind.MANUAL));
        weighting.setItemLabelGenerator(k -> k == Weighting.Kind.AHP && workshop != null
                ? host.getTranslation("strategy.weights.AHP.from", workshop.workshop().title(),
                String.format(locale, "%.3f", workshop.workshop().weights().cr()))
                : host.getTranslation("strategy.weights." + k.name()));
        weighting.addValueChangeListener(e -> {
            weights.setVisible(e.getValue() == Weighting.Kind.MANUAL);
            if (e.isFromClient()) {
                onChange.run();
            }
        });
        regional = new MultiSelectComboBox<>(host.getTranslation("regional.criteria"));
        regional.setId("regional-criteria");
        regional.setWidth("28rem");
        regional.setItems(regionalOffered);
        regional.setItemLabelGenerator(o -> o.label().in(locale));
        regional.setHelperText(host.getTranslation(regionalOffered.contains(Outcome.REGIONAL_JOBS)
                ? "regional.criteria.help" : "regional.criteria.helpNoJobs"));
        regional.setVisible(!regionalOffered.isEmpty());
        regional.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                fillWeights(Map.of());
                onChange.run();
            }
        });
    }

    Select<Weighting.Kind> weighting() {
        return weighting;
    }

    MultiSelectComboBox<Outcome> regional() {
        return regional;
    }

    FormLayout weights() {
        return weights;
    }

    /** Shows a choice (of a scenario being loaded). */
    void set(RankingChoice choice) {
        baseCriteria = choice.baseCriteria();
        weighting.setValue(choice.weighting());
        regional.setValue(new LinkedHashSet<>(choice.regionalCriteria()));
        manual.clear();
        fillWeights(choice.manualWeights());
        weights.setVisible(choice.weighting() == Weighting.Kind.MANUAL);
    }

    /** The choice as entered. */
    RankingChoice value() {
        Map<Outcome, Double> typed = new EnumMap<>(Outcome.class);
        manual.forEach((o, f) -> typed.put(o, f.getValue() == null ? 0 : f.getValue()));
        return new RankingChoice(baseCriteria, regional.getValue(),
                weighting.getValue() == null ? Weighting.Kind.EQUAL : weighting.getValue(), typed);
    }

    /** One weight field per criterion, keeping what was typed in fields that stay. */
    private void fillWeights(Map<Outcome, Double> initial) {
        Map<Outcome, Double> typed = new EnumMap<>(Outcome.class);
        manual.forEach((o, f) -> {
            if (f.getValue() != null) {
                typed.put(o, f.getValue());
            }
        });
        weights.removeAll();
        manual.clear();
        for (Outcome o : value().criteria()) {
            NumberField w = new NumberField(o.label().in(locale));
            w.setMin(0);
            w.setValue(typed.getOrDefault(o, initial.getOrDefault(o, 1.0)));
            w.addValueChangeListener(e -> onChange.run());
            manual.put(o, w);
            weights.add(w);
        }
    }
}
