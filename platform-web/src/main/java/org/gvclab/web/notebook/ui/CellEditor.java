package org.gvclab.web.notebook.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.gvclab.core.indicator.Indicator;
import org.gvclab.core.indicator.IndicatorCatalogue;
import org.gvclab.core.io.decompose.IndicatorId;
import org.gvclab.core.notebook.Cell;
import org.gvclab.core.notebook.ChartCell;
import org.gvclab.core.notebook.ChartChoice;
import org.gvclab.core.notebook.DiagnosisSummaryCell;
import org.gvclab.core.notebook.IndicatorTableCell;
import org.gvclab.core.notebook.IoIndicatorTableCell;
import org.gvclab.core.notebook.MarkdownCell;
import org.gvclab.core.notebook.StrategyComparisonCell;
import org.gvclab.core.notebook.WorkshopResultsCell;
import org.gvclab.web.iotable.IoTableService;
import org.gvclab.web.workshop.WorkshopSummary;

/**
 * The settings of one cell, by kind: the markdown source (previewed live below it), the indicators of a table, the
 * chart to draw, the strategies to compare. Every change hands a new cell to {@code onChange}; knows no service.
 */
final class CellEditor {

    private CellEditor() {
    }

    static Component of(Cell cell, Component host, List<WorkshopSummary> closedWorkshops, Consumer<Cell> onChange) {
        Locale locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        if (cell instanceof MarkdownCell md) {
            TextArea source = new TextArea();
            source.addClassName("markdown-source");
            source.setWidthFull();
            source.setMinHeight("6em");
            source.setValue(md.source());
            source.setValueChangeMode(ValueChangeMode.LAZY);
            source.setValueChangeTimeout(400);
            source.addValueChangeListener(e -> onChange.accept(new MarkdownCell(md.id(), e.getValue())));
            return source;
        }
        if (cell instanceof IndicatorTableCell table) {
            MultiSelectComboBox<Indicator> indicators = indicators(host, table.indicatorIds());
            indicators.setHelperText(host.getTranslation("notebook.indicators.allWhenEmpty"));
            indicators.addValueChangeListener(e -> onChange.accept(new IndicatorTableCell(table.id(), ids(e.getValue()))));
            return indicators;
        }
        if (cell instanceof ChartCell chart) {
            Select<ChartChoice> choice = new Select<>();
            choice.setLabel(host.getTranslation("notebook.chart"));
            choice.setItems(ChartChoice.FACTOR_RADAR, ChartChoice.INDICATOR_TREND, ChartChoice.SMILE_CURVE);
            choice.setItemLabelGenerator(c -> host.getTranslation("notebook.chart." + c.name()));
            choice.setValue(chart.chart());
            MultiSelectComboBox<Indicator> indicators = indicators(host, chart.indicatorIds());
            choice.addValueChangeListener(e -> onChange.accept(new ChartCell(chart.id(), e.getValue(),
                    ids(indicators.getValue()))));
            indicators.addValueChangeListener(e -> onChange.accept(new ChartCell(chart.id(), choice.getValue(),
                    ids(e.getValue()))));
            return new FormLayout(choice, indicators);
        }
        if (cell instanceof DiagnosisSummaryCell diagnosis) {
            Checkbox drivers = new Checkbox(host.getTranslation("notebook.showDrivers"), diagnosis.showDrivers());
            drivers.addValueChangeListener(e -> onChange.accept(new DiagnosisSummaryCell(diagnosis.id(), e.getValue())));
            return drivers;
        }
        if (cell instanceof StrategyComparisonCell strategy) {
            MultiSelectComboBox<String> strategies = new MultiSelectComboBox<>();
            strategies.setLabel(host.getTranslation("notebook.strategies"));
            strategies.setItems("S0", "S1", "S2", "S3", "S4");
            strategies.setValue(new LinkedHashSet<>(strategy.strategyIds()));
            IntegerField horizon = new IntegerField(host.getTranslation("notebook.horizon"));
            horizon.setMin(1);
            horizon.setMax(15);
            horizon.setValue(strategy.horizonYears());
            strategies.addValueChangeListener(e -> onChange.accept(new StrategyComparisonCell(strategy.id(),
                    e.getValue().stream().sorted().toList(), valid(horizon))));
            horizon.addValueChangeListener(e -> onChange.accept(new StrategyComparisonCell(strategy.id(),
                    strategies.getValue().stream().sorted().toList(), valid(horizon))));
            return new FormLayout(strategies, horizon);
        }
        if (cell instanceof IoIndicatorTableCell io) {
            MultiSelectComboBox<IndicatorId> indicators = new MultiSelectComboBox<>(
                    host.getTranslation("notebook.io.indicators"));
            indicators.addClassName("cell-io-indicators");
            indicators.setWidthFull();
            indicators.setItems(IoTableService.browsable());
            indicators.setItemLabelGenerator(i -> i.displayName().in(locale) + " (" + i.fileName() + ")");
            indicators.setValue(IoTableService.browsable().stream().filter(i -> io.indicatorIds().contains(i.fileName()))
                    .toList());
            TextField regions = csvField(host, "notebook.io.regions", io.regionCodes());
            TextField sectors = csvField(host, "notebook.io.sectors", io.sectorCodes());
            Runnable fire = () -> onChange.accept(new IoIndicatorTableCell(io.id(), IoTableService.browsable().stream()
                    .filter(indicators.getValue()::contains).map(IndicatorId::fileName).toList(),
                    split(regions.getValue()), split(sectors.getValue())));
            indicators.addValueChangeListener(e -> fire.run());
            regions.addValueChangeListener(e -> fire.run());
            sectors.addValueChangeListener(e -> fire.run());
            return new FormLayout(indicators, regions, sectors);
        }
        if (cell instanceof WorkshopResultsCell workshop) {
            Select<WorkshopSummary> choice = new Select<>();
            choice.addClassName("cell-workshop");
            choice.setLabel(host.getTranslation("notebook.workshop"));
            choice.setItems(closedWorkshops);
            choice.setItemLabelGenerator(w -> w == null ? "" : w.title() + " · " + w.clusterName().in(locale) + " · "
                    + (w.closedAt() == null ? "" : w.closedAt().toLocalDate().toString()));
            choice.setEmptySelectionAllowed(true);
            closedWorkshops.stream().filter(w -> String.valueOf(w.id()).equals(workshop.workshopId())).findFirst()
                    .ifPresent(choice::setValue);
            choice.addValueChangeListener(e -> onChange.accept(new WorkshopResultsCell(workshop.id(),
                    e.getValue() == null ? "" : String.valueOf(e.getValue().id()))));
            return choice;
        }
        throw new IllegalArgumentException("no editor for " + cell.kind());
    }

    private static int valid(IntegerField horizon) {
        Integer v = horizon.getValue();
        return v == null || v < 1 ? 1 : Math.min(v, 15);
    }

    private static MultiSelectComboBox<Indicator> indicators(Component host, List<String> selected) {
        Locale locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        MultiSelectComboBox<Indicator> box = new MultiSelectComboBox<>();
        box.setLabel(host.getTranslation("notebook.indicators"));
        box.addClassName("cell-indicators");
        box.setWidthFull();
        List<Indicator> all = IndicatorCatalogue.all().stream().filter(i -> i.expression() != null).toList();
        box.setItems(all);
        box.setItemLabelGenerator(i -> i.name().in(locale));
        box.setValue(all.stream().filter(i -> selected.contains(i.id())).toList());
        return box;
    }

    private static List<String> ids(java.util.Set<Indicator> selected) {
        return IndicatorCatalogue.all().stream().filter(selected::contains).map(Indicator::id).toList();
    }

    private static TextField csvField(Component host, String key, List<String> values) {
        TextField field = new TextField();
        field.setLabel(host.getTranslation(key));
        field.setValue(String.join(", ", values));
        field.setHelperText(host.getTranslation("notebook.io.commaSeparated"));
        return field;
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
