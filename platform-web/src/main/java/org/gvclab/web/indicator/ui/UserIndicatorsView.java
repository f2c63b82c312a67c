package org.gvclab.web.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.cluster.FieldCatalogue;
import org.gvclab.core.indicator.FormulaError;
import org.gvclab.core.indicator.Group;
import org.gvclab.core.indicator.Polarity;
import org.gvclab.web.indicator.UserIndicator;
import org.gvclab.web.indicator.UserIndicatorDraft;
import org.gvclab.web.indicator.UserIndicatorService;
import org.gvclab.web.jurisdiction.Jurisdiction;
import org.gvclab.web.jurisdiction.JurisdictionService;
import org.gvclab.web.security.CurrentUser;

/**
 * Consultants and administrators define indicators as formulas over the record fields, checked as they type:
 * each unknown identifier or syntax error is shown with its position. Saved indicators appear on the diagnosis
 * page of the clusters they apply to, with their inputs.
 */
@Route("indicators")
@Menu(title = "nav.indicators", order = 30, icon = "vaadin:function")
@RolesAllowed({"ADMIN", "CONSULTANT"})
public class UserIndicatorsView extends VerticalLayout implements HasDynamicTitle {

    private final UserIndicatorService service;
    private final Grid<UserIndicator> grid = new Grid<>();

    public UserIndicatorsView(UserIndicatorService service, JurisdictionService jurisdictions, CurrentUser user) {
        this.service = service;
        Locale locale = getLocale();
        add(new H2(getTranslation("indicators.title")), new Paragraph(getTranslation("indicators.intro")));

        ComboBox<Jurisdiction> jurisdiction = new ComboBox<>(getTranslation("cluster.jurisdiction"));
        jurisdiction.setId("indicator-jurisdiction");
        jurisdiction.setItems(jurisdictions.visible());
        jurisdiction.setItemLabelGenerator(j -> j.name(locale));
        boolean admin = user.scope().isAdmin();
        jurisdiction.setHelperText(getTranslation(admin ? "indicators.jurisdiction.admin"
                : "indicators.jurisdiction.consultant"));
        TextField code = new TextField(getTranslation("indicators.code"));
        code.setId("indicator-code");
        code.setPattern(UserIndicatorDraft.CODE_PATTERN);
        code.setHelperText(getTranslation("indicators.code.hint"));
        TextField nameZh = new TextField(getTranslation("cluster.nameZh"));
        nameZh.setId("indicator-name-zh");
        TextField nameEn = new TextField(getTranslation("cluster.nameEn"));
        nameEn.setId("indicator-name-en");
        TextField formula = new TextField(getTranslation("indicators.formula"));
        formula.setId("indicator-formula");
        formula.setWidthFull();
        formula.setMaxLength(UserIndicatorDraft.FORMULA_MAX);
        formula.setValueChangeMode(ValueChangeMode.LAZY);
        formula.setHelperText(getTranslation("indicators.formula.hint"));
        TextField unitZh = new TextField(getTranslation("indicators.unitZh"));
        TextField unitEn = new TextField(getTranslation("indicators.unitEn"));
        Select<Polarity> polarity = new Select<>();
        polarity.setLabel(getTranslation("indicators.polarity"));
        polarity.setItems(Polarity.values());
        polarity.setItemLabelGenerator(p -> p.label().in(locale));
        polarity.setValue(Polarity.HIGHER_IS_BETTER);
        Select<Group> group = new Select<>();
        group.setLabel(getTranslation("indicators.group"));
        group.setItems(Group.values());
        group.setItemLabelGenerator(g -> g.label().in(locale));
        group.setValue(Group.INDUSTRIAL_INNOVATION);
        Div problems = new Div();
        problems.setId("formula-problems");
        formula.addValueChangeListener(e -> showProblems(problems, service.check(e.getValue()), locale));

        Button save = new Button(getTranslation("action.save"), e -> {
            List<FormulaError> errors = service.check(formula.getValue());
            showProblems(problems, errors, locale);
            if (!errors.isEmpty()) {
                return;
            }
            Jurisdiction j = jurisdiction.getValue();
            service.create(new UserIndicatorDraft(j == null ? null : j.id(), code.getValue().trim(),
                    new LocalizedText(nameZh.getValue().trim(), nameEn.getValue().trim()), formula.getValue(),
                    new LocalizedText(unitZh.getValue().trim(), unitEn.getValue().trim()), polarity.getValue(),
                    group.getValue()));
            Notification.show(getTranslation("data.saved"), 2000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        });
        save.setId("save-indicator");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(jurisdiction, code, nameZh, nameEn, formula, unitZh, unitEn, polarity, group);
        form.setColspan(formula, 2);
        add(form, problems, save);

        Details fields = new Details();
        add(new H3(getTranslation("indicators.fields")), fields.list(locale));

        add(new H3(getTranslation("indicators.defined")));
        grid.setId("user-indicators-grid");
        grid.addColumn(UserIndicator::code).setHeader(getTranslation("indicators.code")).setAutoWidth(true);
        grid.addColumn(i -> i.name().in(locale)).setHeader(getTranslation("clusters.name")).setFlexGrow(2);
        grid.addColumn(UserIndicator::formula).setHeader(getTranslation("indicators.formula")).setFlexGrow(3);
        grid.addColumn(i -> i.group().label().in(locale)).setHeader(getTranslation("indicators.group"))
                .setAutoWidth(true);
        grid.addColumn(UserIndicator::createdBy).setHeader(getTranslation("notebooks.owner")).setAutoWidth(true);
        grid.addComponentColumn(i -> {
            Button delete = new Button(getTranslation("data.delete"), e -> {
                service.delete(i);
                refresh();
            });
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return delete;
        });
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
    }

    /** The field ids a formula may use, with their names and units. */
    private static final class Details {
        Div list(Locale locale) {
            Div box = new Div();
            box.setId("formula-fields");
            box.getStyle().set("columns", "3 18rem").set("font-size", "var(--lumo-font-size-s)");
            box.setText(FieldCatalogue.all().stream().map(f -> f.id() + " – " + f.label().in(locale))
                    .collect(Collectors.joining(" · ")));
            return box;
        }
    }

    private void showProblems(Div target, List<FormulaError> errors, Locale locale) {
        target.removeAll();
        if (errors.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        errors.forEach(e -> list.add(new ListItem(e.message().in(locale))));
        list.getStyle().set("color", "var(--lumo-error-text-color)");
        target.add(list);
    }

    private void refresh() {
        grid.setItems(service.visible());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("indicators.title") + " · " + getTranslation("app.name");
    }
}
