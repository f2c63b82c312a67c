package org.gvclab.web.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.gvclab.web.account.AccountService;
import org.gvclab.web.account.NewUser;
import org.gvclab.web.base.UserFacingException;
import org.gvclab.web.security.CurrentUser;

/** The signed-in user's own account: who they are and a password change. */
@Route("profile")
@Menu(title = "nav.profile", order = 90, icon = "vaadin:user")
@PermitAll
public class ProfileView extends VerticalLayout implements HasDynamicTitle {

    public ProfileView(CurrentUser currentUser, AccountService accounts) {
        add(new H2(getTranslation("profile.title")));
        currentUser.account().ifPresent(a -> add(new Span(a.displayName() + " (" + a.username() + ") · "
                + getTranslation("role." + a.role().name()))));
        add(new H3(getTranslation("profile.changePassword")));
        PasswordField current = new PasswordField(getTranslation("profile.currentPassword"));
        PasswordField next = new PasswordField(getTranslation("profile.newPassword"));
        next.setMinLength(NewUser.PASSWORD_MIN);
        next.setHelperText(getTranslation("users.password.hint", NewUser.PASSWORD_MIN));
        PasswordField repeat = new PasswordField(getTranslation("profile.repeatPassword"));
        Button save = new Button(getTranslation("action.save"), e -> {
            if (!next.getValue().equals(repeat.getValue())) {
                throw new UserFacingException("profile.error.mismatch");
            }
            accounts.changeOwnPassword(current.getValue(), next.getValue());
            current.clear();
            next.clear();
            repeat.clear();
            Notification.show(getTranslation("profile.passwordChanged"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(current, next, repeat);
        form.setMaxWidth("40rem");
        add(form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title") + " · " + getTranslation("app.name");
    }
}
