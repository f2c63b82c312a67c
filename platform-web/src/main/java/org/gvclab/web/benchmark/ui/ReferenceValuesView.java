package org.gvclab.web.benchmark.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.Locale;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.indicator.IndicatorCatalogue;
import org.gvclab.core.paradox.BenchmarkValue;
import org.gvclab.web.benchmark.BenchmarkService;
import org.gvclab.web.benchmark.StoredBenchmark;

/**
 * The reference values the diagnosis compares against: each with its source and year, and values that are our
 * assumptions clearly marked. Administrators change them here; every change is audited.
 */
@Route("admin/reference-values")
@Menu(title = "nav.referenceValues", order = 82, icon = "vaadin:scale")
@RolesAllowed("ADMIN")
public class ReferenceValuesView extends VerticalLayout implements HasDynamicTitle {

    private final BenchmarkService service;
    private final Grid<StoredBenchmark> grid = new Grid<>();

    public ReferenceValuesView(BenchmarkService service) {
        this.service = service;
        setSizeFull();
        Locale locale = getLocale();
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(4);
        add(new H2(getTranslation("reference.title")), new Paragraph(getTranslation("reference.intro")));
        grid.setId("reference-grid");
        // explicit widths and wrapping text: every cell readable in full (the grid scrolls sideways on a phone)
        grid.addColumn(wrapping(b -> IndicatorCatalogue.find(b.value().indicatorId()).map(i -> i.name().in(locale))
                .orElse(b.value().indicatorId()))).setHeader(getTranslation("reference.indicator"))
                .setWidth("14rem").setFlexGrow(3);
        grid.addColumn(b -> number.format(b.value().value())).setHeader(getTranslation("reference.value"))
                .setWidth("7rem").setFlexGrow(0);
        grid.addColumn(wrapping(b -> IndicatorCatalogue.find(b.value().indicatorId()).map(i -> i.unit().in(locale))
                .orElse(""))).setHeader(getTranslation("reference.unit")).setWidth("9rem").setFlexGrow(1)
                .setKey("unit");
        grid.addColumn(wrapping(b -> number.format(b.value().low()) + " – " + number.format(b.value().high())))
                .setHeader(getTranslation("reference.goalposts")).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(wrapping(b -> b.value().source())).setHeader(getTranslation("reference.source"))
                .setWidth("18rem").setFlexGrow(3);
        grid.addColumn(b -> b.value().year()).setHeader(getTranslation("reference.year")).setWidth("5rem")
                .setFlexGrow(0);
        grid.addColumn(wrapping(b -> getTranslation(b.value().assumption() ? "reference.assumption"
                : "reference.sourced"))).setHeader(getTranslation("reference.kind")).setWidth("8rem").setFlexGrow(0);
        // a visible edit button per row (a click on the row still opens the same dialog)
        grid.addComponentColumn(b -> {
            Button edit = new Button(getTranslation("reference.edit"), e -> edit(b));
            edit.addClassName("edit-reference");
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            edit.getElement().setAttribute("aria-label", getTranslation("reference.edit") + ": "
                    + IndicatorCatalogue.find(b.value().indicatorId()).map(i -> i.name().in(locale))
                    .orElse(b.value().indicatorId()));
            return edit;
        }).setHeader(getTranslation("reference.actions")).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addItemClickListener(e -> edit(e.getItem()));
        add(grid);
        refresh();
    }

    /** Text that wraps anywhere it must (long source titles and links), so that it is never cut off. */
    private static com.vaadin.flow.data.renderer.LitRenderer<StoredBenchmark> wrapping(
            com.vaadin.flow.function.SerializableFunction<StoredBenchmark, String> text) {
        return com.vaadin.flow.data.renderer.LitRenderer.<StoredBenchmark>of(
                "<span style=\"overflow-wrap:anywhere;white-space:normal\">${item.text}</span>")
                .withProperty("text", text::apply);
    }

    private void edit(StoredBenchmark stored) {
        BenchmarkValue v = stored.value();
        Dialog dialog = new Dialog(IndicatorCatalogue.find(v.indicatorId()).map(i -> i.name().in(getLocale()))
                .orElse(v.indicatorId()));
        NumberField value = new NumberField(getTranslation("reference.value"));
        value.setValue(v.value());
        NumberField low = new NumberField(getTranslation("reference.low"));
        low.setValue(v.low());
        NumberField high = new NumberField(getTranslation("reference.high"));
        high.setValue(v.high());
        TextField source = new TextField(getTranslation("reference.source"));
        source.setValue(v.source());
        source.setMaxLength(1000);
        IntegerField year = new IntegerField(getTranslation("reference.year"));
        year.setValue(v.year());
        Select<BenchmarkValue.Level> level = new Select<>();
        level.setLabel(getTranslation("reference.level"));
        level.setItems(BenchmarkValue.Level.values());
        level.setItemLabelGenerator(l -> getTranslation("reference.level." + l.name()));
        level.setValue(v.level());
        Checkbox assumption = new Checkbox(getTranslation("reference.isAssumption"), v.assumption());
        TextField noteZh = new TextField(getTranslation("reference.noteZh"));
        noteZh.setValue(v.note().zh());
        TextField noteEn = new TextField(getTranslation("reference.noteEn"));
        noteEn.setValue(v.note().en());
        dialog.add(new FormLayout(value, low, high, source, year, level, assumption, noteZh, noteEn));
        Button save = new Button(getTranslation("action.save"), e -> {
            if (value.getValue() == null || low.getValue() == null || high.getValue() == null
                    || year.getValue() == null || source.getValue().isBlank()
                    || !(low.getValue() < value.getValue() && value.getValue() < high.getValue())) {
                Notification.show(getTranslation("reference.error.order"), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            service.update(stored, new BenchmarkValue(v.indicatorId(), value.getValue(), low.getValue(),
                    high.getValue(), source.getValue().trim(), year.getValue(), level.getValue(),
                    assumption.getValue(), new LocalizedText(noteZh.getValue(), noteEn.getValue())));
            dialog.close();
            refresh();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(service.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reference.title") + " · " + getTranslation("app.name");
    }
}
