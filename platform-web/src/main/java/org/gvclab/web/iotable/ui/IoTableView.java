package org.gvclab.web.iotable.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.gvclab.web.iotable.IoTableService;
import org.gvclab.web.iotable.StoredIoTable;
import org.jspecify.annotations.Nullable;

/**
 * One IO table: its indicators in a filterable, sortable grid with CSV download and provenance, the
 * participation-versus-position and smile-curve charts, its summary (balance, the reader's notes, checksum) and the
 * links of the user's clusters to its region-sectors. Tabs are built when first opened.
 */
@Route("io-tables/:tableId([0-9]+)")
@PermitAll
public class IoTableView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final IoTableService service;
    private @Nullable StoredIoTable table;

    public IoTableView(IoTableService service) {
        this.service = service;
        setWidthFull();
    }

    /** Route parameters that open a table's page. */
    public static RouteParameters parameters(long tableId) {
        return new RouteParameters("tableId", String.valueOf(tableId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("tableId").orElseThrow());
        StoredIoTable t = service.get(id);
        table = t;
        removeAll();
        H2 name = new H2(t.name());
        name.setId("io-table-name");
        HorizontalLayout header = new HorizontalLayout(name);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        if (service.canManage()) {
            Button delete = new Button(getTranslation("io.delete"), e -> confirmDelete(t));
            delete.setId("io-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            header.addAndExpand(new Span());
            header.add(delete);
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        Span meta = new Span(getTranslation("io.table.meta", t.G(), t.N(), getTranslation("io.format."
                + t.format().name()), t.uploadedBy(), date.format(t.uploadedAt().atZoneSameInstant(ZoneId.systemDefault()))));
        meta.setId("io-table-meta");
        add(header, meta);

        TabSheet tabs = new TabSheet();
        tabs.setId("io-tabs");
        tabs.setWidthFull();
        Map<Tab, Supplier<Component>> builders = new HashMap<>();
        addLazy(tabs, builders, "io-tab-indicators", "io.tab.indicators", () -> new IndicatorPanel(service, t));
        addLazy(tabs, builders, "io-tab-charts", "io.tab.charts", () -> new ChartsPanel(service, t));
        addLazy(tabs, builders, "io-tab-summary", "io.tab.summary", () -> new SummaryPanel(service, t));
        addLazy(tabs, builders, "io-tab-clusters", "io.tab.clusters", () -> new LinksPanel(service, t));
        tabs.addSelectedChangeListener(e -> fill(tabs, builders, e.getSelectedTab()));
        fill(tabs, builders, tabs.getSelectedTab());
        add(tabs);
    }

    private void addLazy(TabSheet tabs, Map<Tab, Supplier<Component>> builders, String id, String key,
                         Supplier<Component> builder) {
        Tab tab = tabs.add(getTranslation(key), new VerticalLayout());
        tab.setId(id);
        builders.put(tab, builder);
    }

    /** Builds a tab's content the first time it is shown. */
    private static void fill(TabSheet tabs, Map<Tab, Supplier<Component>> builders, @Nullable Tab tab) {
        if (tab == null) {
            return;
        }
        Supplier<Component> builder = builders.remove(tab);
        if (builder != null) {
            VerticalLayout holder = (VerticalLayout) tabs.getComponent(tab);
            holder.setPadding(false);
            holder.add(builder.get());
        }
    }

    private void confirmDelete(StoredIoTable t) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("io.delete.title", t.name()),
                getTranslation("io.delete.text"), getTranslation("io.delete"), e -> {
            service.delete(t.id());
            Notification.show(getTranslation("io.deleted", t.name()), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(IoTablesView.class));
        });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return (table == null ? "" : table.name() + " · ") + getTranslation("app.name");
    }
}
