package org.gvclab.web.jurisdiction.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gvclab.web.jurisdiction.AdminLevel;
import org.gvclab.web.jurisdiction.Jurisdiction;
import org.gvclab.web.jurisdiction.JurisdictionDraft;
import org.gvclab.web.jurisdiction.JurisdictionService;
import org.jspecify.annotations.Nullable;

/** Administrators create and edit jurisdictions (code, names in both languages, level, parent). */
@Route("admin/jurisdictions")
@Menu(title = "nav.jurisdictions", order = 81, icon = "vaadin:globe")
@RolesAllowed("ADMIN")
public class JurisdictionsView extends VerticalLayout implements HasDynamicTitle {

    private final JurisdictionService service;
    private final Grid<Jurisdiction> grid = new Grid<>();
    private Map<Long, Jurisdiction> byId = Map.of();

    public JurisdictionsView(JurisdictionService service) {
        this.service = service;
        setSizeFull();
        Button create = new Button(getTranslation("jurisdictions.create"), e -> openEditor(null));
        create.setId("create-jurisdiction");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new HorizontalLayout(new H2(getTranslation("jurisdictions.title")), create));
        grid.setId("jurisdictions-grid");
        grid.addColumn(Jurisdiction::code).setHeader(getTranslation("jurisdictions.code")).setAutoWidth(true);
        grid.addColumn(Jurisdiction::nameZh).setHeader(getTranslation("jurisdictions.nameZh")).setAutoWidth(true);
        grid.addColumn(Jurisdiction::nameEn).setHeader(getTranslation("jurisdictions.nameEn")).setAutoWidth(true);
        grid.addColumn(j -> getTranslation("level." + j.level().name()))
                .setHeader(getTranslation("jurisdictions.level")).setAutoWidth(true);
        grid.addColumn(j -> j.parentId() == null ? "" : nameOf(byId.get(j.parentId())))
                .setHeader(getTranslation("jurisdictions.parent")).setFlexGrow(1);
        grid.addItemClickListener(e -> openEditor(e.getItem()));
        add(grid);
        refresh();
    }

    private String nameOf(@Nullable Jurisdiction j) {
        return j == null ? "" : j.name(getLocale());
    }

    /** Mutable form state for the binder; the service receives an immutable draft. */
    static final class Form {
        String code = "";
        String nameZh = "";
        String nameEn = "";
        AdminLevel level = AdminLevel.COUNTY;
        @Nullable Jurisdiction parent;
    }

    private void openEditor(@Nullable Jurisdiction existing) {
        Dialog dialog = new Dialog(getTranslation(existing == null ? "jurisdictions.create" : "jurisdictions.edit"));
        TextField code = new TextField(getTranslation("jurisdictions.code"));
        code.setMaxLength(JurisdictionDraft.CODE_MAX);
        TextField nameZh = new TextField(getTranslation("jurisdictions.nameZh"));
        nameZh.setMaxLength(JurisdictionDraft.NAME_MAX);
        TextField nameEn = new TextField(getTranslation("jurisdictions.nameEn"));
        nameEn.setMaxLength(JurisdictionDraft.NAME_MAX);
        Select<AdminLevel> level = new Select<>();
        level.setLabel(getTranslation("jurisdictions.level"));
        level.setItems(AdminLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("level." + l.name()));
        ComboBox<Jurisdiction> parent = new ComboBox<>(getTranslation("jurisdictions.parent"));
        Locale locale = getLocale();
        parent.setItems(byId.values().stream().filter(j -> existing == null || j.id() != existing.id()).toList());
        parent.setItemLabelGenerator(j -> j.name(locale) + " (" + j.code() + ")");
        parent.setClearButtonVisible(true);

        Binder<Form> binder = new Binder<>();
        String required = getTranslation("validation.required");
        binder.forField(code).asRequired(required).bind(f -> f.code, (f, v) -> f.code = v.trim());
        binder.forField(nameZh).asRequired(required).bind(f -> f.nameZh, (f, v) -> f.nameZh = v.trim());
        binder.forField(nameEn).asRequired(required).bind(f -> f.nameEn, (f, v) -> f.nameEn = v.trim());
        binder.forField(level).asRequired(required).bind(f -> f.level, (f, v) -> f.level = v);
        binder.forField(parent).bind(f -> f.parent, (f, v) -> f.parent = v);
        Form form = new Form();
        if (existing != null) {
            form.code = existing.code();
            form.nameZh = existing.nameZh();
            form.nameEn = existing.nameEn();
            form.level = existing.level();
            form.parent = existing.parentId() == null ? null : byId.get(existing.parentId());
        }
        binder.readBean(form);
        dialog.add(new FormLayout(code, nameZh, nameEn, level, parent));
        Button save = new Button(getTranslation("action.save"), e -> {
            if (binder.writeBeanIfValid(form)) {
                JurisdictionDraft draft = new JurisdictionDraft(form.code, form.nameZh, form.nameEn, form.level,
                        form.parent == null ? null : form.parent.id());
                if (existing == null) {
                    service.create(draft);
                } else {
                    service.update(existing, draft);
                }
                dialog.close();
                Notification.show(getTranslation("jurisdictions.saved"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void refresh() {
        List<Jurisdiction> all = service.visible();
        byId = all.stream().collect(Collectors.toMap(Jurisdiction::id, Function.identity()));
        grid.setItems(all);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("jurisdictions.title") + " · " + getTranslation("app.name");
    }
}
