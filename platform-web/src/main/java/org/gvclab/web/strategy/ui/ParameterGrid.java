package org.gvclab.web.strategy.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gvclab.core.base.Measure;
import org.gvclab.core.strategy.Parameter;

/**
 * Every parameter of the projection model with its default, unit, range, uncertainty and source or assumption; the
 * value is editable, and what the user changed is kept as an override (a value back at its default is none).
 */
final class ParameterGrid extends Composite<Details> {

    private final Map<String, Double> overrides = new HashMap<>();
    private final Grid<Parameter> grid = new Grid<>();

    ParameterGrid(List<Parameter> parameters, Locale locale) {
        grid.setId("parameter-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(p -> p.name().in(locale)).setHeader(getTranslation("strategy.param.name")).setFlexGrow(3);
        grid.addComponentColumn(this::valueField).setHeader(getTranslation("strategy.param.value")).setAutoWidth(true);
        grid.addColumn(p -> p.unit().in(locale)).setHeader(getTranslation("diagnosis.unit")).setAutoWidth(true);
        grid.addColumn(p -> Measure.DECIMAL.format(p.min(), locale) + "–" + Measure.DECIMAL.format(p.max(), locale))
                .setHeader(getTranslation("strategy.param.range")).setAutoWidth(true);
        grid.addColumn(p -> p.distribution().label().in(locale) + " [" + Measure.DECIMAL.format(p.low(), locale)
                        + ", " + Measure.DECIMAL.format(p.high(), locale) + "]")
                .setHeader(getTranslation("strategy.param.uncertainty")).setAutoWidth(true);
        grid.addColumn(p -> (p.assumption() ? getTranslation("reference.assumption") + ": " : "")
                + p.source().in(locale)).setHeader(getTranslation("reference.source")).setFlexGrow(3);
        grid.setItems(parameters);
        grid.setHeight("32rem");
        Details details = getContent();
        details.setSummaryText(getTranslation("strategy.parameters", parameters.size()));
        details.add(grid);
        details.setId("parameters");
        details.setWidthFull();
    }

    private NumberField valueField(Parameter p) {
        NumberField value = new NumberField();
        value.addClassName("parameter-value");
        value.getElement().setAttribute("data-parameter", p.id());
        // shown by the number rule (three significant digits); only what the user types becomes an override
        value.setValue(shown(overrides.getOrDefault(p.id(), p.value())));
        value.setWidth("8rem");
        value.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            if (e.getValue() == null || e.getValue() == p.value() || e.getValue() == shown(p.value())) {
                overrides.remove(p.id());
            } else {
                overrides.put(p.id(), e.getValue());
            }
        });
        return value;
    }

    /** The values the user changed, by parameter id. */
    Map<String, Double> overrides() {
        return Map.copyOf(overrides);
    }

    /** Shows the overrides of a scenario being loaded. */
    void setOverrides(Map<String, Double> values) {
        overrides.clear();
        overrides.putAll(values);
        grid.getDataProvider().refreshAll();
    }

    /** A value rounded as {@link Measure#DECIMAL} shows it: three significant digits below 100, whole from 100. */
    static double shown(double v) {
        if (!Double.isFinite(v) || v == 0) {
            return v;
        }
        return Math.abs(v) >= 100 ? Math.rint(v)
                : new java.math.BigDecimal(v).round(new java.math.MathContext(3)).doubleValue();
    }
}
