package org.gvclab.web.indicator.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gvclab.core.indicator.Indicator;
import org.gvclab.core.indicator.IndicatorCatalogue;

/** A choice of catalogue indicators that have a formula, for the settings of notebook cells that show them. */
public final class IndicatorPicker {

    private IndicatorPicker() {
    }

    /** A multi-select of the computable catalogue indicators with {@code selected} (ids) chosen. */
    public static MultiSelectComboBox<Indicator> of(List<String> selected) {
        Locale locale = UI.getCurrent().getLocale();
        MultiSelectComboBox<Indicator> box = new MultiSelectComboBox<>();
        box.setLabel(box.getTranslation("notebook.indicators"));
        box.addClassName("cell-indicators");
        box.setWidthFull();
        List<Indicator> all = IndicatorCatalogue.all().stream().filter(i -> i.expression() != null).toList();
        box.setItems(all);
        box.setItemLabelGenerator(i -> i.name().in(locale));
        box.setValue(all.stream().filter(i -> selected.contains(i.id())).toList());
        return box;
    }

    /** The ids of the chosen indicators, in catalogue order. */
    public static List<String> ids(Set<Indicator> chosen) {
        return IndicatorCatalogue.all().stream().filter(chosen::contains).map(Indicator::id).toList();
    }
}
