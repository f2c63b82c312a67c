package org.gvclab.web.iotable.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.gvclab.core.io.decompose.IndicatorId;
import org.gvclab.core.notebook.CellEvaluator;
import org.gvclab.core.notebook.CellKind;
import org.gvclab.core.notebook.IoIndicatorTableCell;
import org.gvclab.web.iotable.IoIndicatorTableEvaluator;
import org.gvclab.web.iotable.IoTableService;
import org.gvclab.web.notebook.CellPlugin;

/** The IO indicator table cell: GVC indicators of the notebook's IO table, filtered by region and sector. */
@org.springframework.stereotype.Component
class IoIndicatorTableCellPlugin implements CellPlugin<IoIndicatorTableCell> {

    private final IoIndicatorTableEvaluator evaluator;

    IoIndicatorTableCellPlugin(IoIndicatorTableEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    @Override
    public CellKind kind() {
        return CellKind.IO_INDICATOR_TABLE;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public IoIndicatorTableCell newCell(String id) {
        return new IoIndicatorTableCell(id, List.of(), List.of(), List.of());
    }

    @Override
    public CellEvaluator<IoIndicatorTableCell> evaluator() {
        return evaluator;
    }

    @Override
    public Component editor(IoIndicatorTableCell cell, Consumer<IoIndicatorTableCell> onChange) {
        Locale locale = UI.getCurrent().getLocale();
        MultiSelectComboBox<IndicatorId> indicators = new MultiSelectComboBox<>();
        indicators.setLabel(indicators.getTranslation("notebook.io.indicators"));
        indicators.addClassName("cell-io-indicators");
        indicators.setWidthFull();
        indicators.setItems(IoTableService.browsable());
        indicators.setItemLabelGenerator(i -> i.displayName().in(locale) + " (" + i.fileName() + ")");
        indicators.setValue(IoTableService.browsable().stream().filter(i -> cell.indicatorIds().contains(i.fileName()))
                .toList());
        TextField regions = csvField("notebook.io.regions", cell.regionCodes());
        TextField sectors = csvField("notebook.io.sectors", cell.sectorCodes());
        Runnable fire = () -> onChange.accept(new IoIndicatorTableCell(cell.id(), IoTableService.browsable().stream()
                .filter(indicators.getValue()::contains).map(IndicatorId::fileName).toList(),
                split(regions.getValue()), split(sectors.getValue())));
        indicators.addValueChangeListener(e -> fire.run());
        regions.addValueChangeListener(e -> fire.run());
        sectors.addValueChangeListener(e -> fire.run());
        return new FormLayout(indicators, regions, sectors);
    }

    private static TextField csvField(String key, List<String> values) {
        TextField field = new TextField();
        field.setLabel(field.getTranslation(key));
        field.setValue(String.join(", ", values));
        field.setHelperText(field.getTranslation("notebook.io.commaSeparated"));
        return field;
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
