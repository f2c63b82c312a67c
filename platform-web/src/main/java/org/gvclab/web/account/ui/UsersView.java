package org.gvclab.web.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gvclab.web.account.AccountService;
import org.gvclab.web.account.NewUser;
import org.gvclab.web.account.UserSummary;
import org.gvclab.web.jurisdiction.Jurisdiction;
import org.gvclab.web.jurisdiction.JurisdictionService;
import org.gvclab.web.security.Role;

/** Administrators create users, reset passwords, assign jurisdictions, change roles and unlock accounts. */
@Route("admin/users")
@Menu(title = "nav.users", order = 80, icon = "vaadin:users")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final List<Jurisdiction> jurisdictions;
    private final Map<Long, Jurisdiction> jurisdictionById;
    private final Grid<UserSummary> grid = new Grid<>();
    private static final java.time.format.DateTimeFormatter LOCKED_UNTIL =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    public UsersView(AccountService accounts, JurisdictionService jurisdictionService) {
        this.accounts = accounts;
        this.jurisdictions = jurisdictionService.visible();
        this.jurisdictionById = jurisdictions.stream().collect(Collectors.toMap(Jurisdiction::id, Function.identity()));
        setSizeFull();
        Button create = new Button(getTranslation("users.create"), e -> openCreate());
        create.setId("create-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new HorizontalLayout(new H2(getTranslation("users.title")), create));

        grid.setId("users-grid");
        grid.addColumn(u -> u.account().username()).setHeader(getTranslation("users.username")).setAutoWidth(true);
        grid.addColumn(u -> u.account().displayName()).setHeader(getTranslation("users.displayName"))
                .setAutoWidth(true);
        grid.addColumn(u -> getTranslation("role." + u.account().role().name()))
                .setHeader(getTranslation("users.role")).setAutoWidth(true);
        // wrapping cells: the jurisdictions are listed in full, never cut off
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(this::jurisdictionNames).setHeader(getTranslation("users.jurisdictions")).setFlexGrow(1)
                .setWidth("14rem").setKey("jurisdictions");
        grid.addColumn(this::status).setHeader(getTranslation("users.status")).setWidth("12rem").setFlexGrow(0)
                .setKey("status");
        grid.addComponentColumn(this::actions).setHeader(getTranslation("users.actions")).setAutoWidth(true);
        add(grid);
        refresh();
    }

    private String jurisdictionNames(UserSummary user) {
        if (user.account().role() == Role.ADMIN) {
            return getTranslation("users.allJurisdictions");
        }
        Locale locale = getLocale();
        return user.jurisdictionIds().stream().map(jurisdictionById::get).filter(j -> j != null)
                .map(j -> j.name(locale)).sorted().collect(Collectors.joining(", "));
    }

    /** Active, disabled, or locked until when (after too many failed sign-ins), in UTC. */
    private String status(UserSummary user) {
        if (user.locked() && user.account().lockedUntil() != null) {
            return getTranslation("users.lockedUntil", LOCKED_UNTIL.format(user.account().lockedUntil()
                    .withOffsetSameInstant(java.time.ZoneOffset.UTC)));
        }
        return getTranslation(user.locked() ? "users.locked" : user.account().enabled()
                ? "users.active" : "users.disabled");
    }

    private HorizontalLayout actions(UserSummary user) {
        Button password = new Button(getTranslation("users.resetPassword"), e -> openResetPassword(user));
        Button assign = new Button(getTranslation("users.assign"), e -> openAssign(user));
        Button role = new Button(getTranslation("users.changeRole"), e -> openRole(user));
        HorizontalLayout actions = new HorizontalLayout(password, assign, role);
        if (user.locked()) {
            Button unlock = new Button(getTranslation("users.unlock"), e -> {
                accounts.unlock(user.account().id());
                done("users.unlocked");
            });
            unlock.addClassName("unlock-user");
            actions.add(unlock);
        }
        actions.getChildren().forEach(c -> ((Button) c).addThemeVariants(ButtonVariant.LUMO_SMALL));
        actions.getStyle().set("flex-wrap", "wrap");
        return actions;
    }

    private void openCreate() {
        Dialog dialog = new Dialog(getTranslation("users.create"));
        TextField username = new TextField(getTranslation("users.username"));
        username.setId("new-username");
        username.setMaxLength(NewUser.USERNAME_MAX);
        username.setPattern(NewUser.USERNAME_PATTERN);
        username.setRequired(true);
        TextField displayName = new TextField(getTranslation("users.displayName"));
        displayName.setId("new-display-name");
        displayName.setRequired(true);
        Select<Role> role = roleSelect();
        role.setValue(Role.OFFICIAL);
        PasswordField password = new PasswordField(getTranslation("users.password"));
        password.setId("new-password");
        password.setMinLength(NewUser.PASSWORD_MIN);
        password.setMaxLength(org.gvclab.web.security.Passwords.MAX_LENGTH);
        password.setHelperText(getTranslation("users.password.hint", NewUser.PASSWORD_MIN,
                org.gvclab.web.security.Passwords.MAX_LENGTH));
        MultiSelectComboBox<Jurisdiction> scope = jurisdictionSelect(Set.of());
        FormLayout form = new FormLayout(username, displayName, role, password, scope);
        dialog.add(form);
        Button save = new Button(getTranslation("action.save"), e -> {
            accounts.create(new NewUser(username.getValue().trim(), displayName.getValue().trim(), role.getValue(),
                    password.getValue(), ids(scope.getValue())));
            dialog.close();
            done("users.created");
        });
        save.setId("save-user");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void openResetPassword(UserSummary user) {
        Dialog dialog = new Dialog(getTranslation("users.resetPassword") + ": " + user.account().username());
        PasswordField password = new PasswordField(getTranslation("users.password"));
        password.setMinLength(NewUser.PASSWORD_MIN);
        password.setMaxLength(org.gvclab.web.security.Passwords.MAX_LENGTH);
        password.setHelperText(getTranslation("users.password.hint", NewUser.PASSWORD_MIN,
                org.gvclab.web.security.Passwords.MAX_LENGTH));
        dialog.add(password);
        Button save = new Button(getTranslation("action.save"), e -> {
            accounts.resetPassword(user.account().id(), password.getValue());
            dialog.close();
            done("users.passwordReset");
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void openAssign(UserSummary user) {
        Dialog dialog = new Dialog(getTranslation("users.assign") + ": " + user.account().username());
        MultiSelectComboBox<Jurisdiction> scope = jurisdictionSelect(user.jurisdictionIds());
        scope.setWidth("28rem");
        dialog.add(scope);
        Button save = new Button(getTranslation("action.save"), e -> {
            accounts.assignJurisdictions(user.account().id(), ids(scope.getValue()));
            dialog.close();
            done("users.assigned");
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void openRole(UserSummary user) {
        Dialog dialog = new Dialog(getTranslation("users.changeRole") + ": " + user.account().username());
        Select<Role> role = roleSelect();
        role.setValue(user.account().role());
        Checkbox enabled = new Checkbox(getTranslation("users.enabled"), user.account().enabled());
        dialog.add(new FormLayout(role, enabled));
        Button save = new Button(getTranslation("action.save"), e -> {
            accounts.changeRole(user.account(), role.getValue(), enabled.getValue());
            dialog.close();
            done("users.saved");
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private Select<Role> roleSelect() {
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("users.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        return role;
    }

    private MultiSelectComboBox<Jurisdiction> jurisdictionSelect(Set<Long> selected) {
        MultiSelectComboBox<Jurisdiction> box = new MultiSelectComboBox<>(getTranslation("users.jurisdictions"));
        box.setId("jurisdiction-select");
        box.setItems(jurisdictions);
        Locale locale = getLocale();
        box.setItemLabelGenerator(j -> j.name(locale) + " (" + j.code() + ")");
        box.setValue(jurisdictions.stream().filter(j -> selected.contains(j.id())).collect(Collectors.toSet()));
        return box;
    }

    private static Set<Long> ids(Set<Jurisdiction> selected) {
        return selected.stream().map(Jurisdiction::id).collect(Collectors.toCollection(HashSet::new));
    }

    private void done(String messageKey) {
        Notification.show(getTranslation(messageKey), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    private void refresh() {
        grid.setItems(accounts.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " · " + getTranslation("app.name");
    }
}
