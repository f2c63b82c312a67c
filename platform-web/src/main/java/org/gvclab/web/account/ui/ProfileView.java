package org.gvclab.web.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
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
import org.gvclab.web.account.AccessToken;
import org.gvclab.web.account.AccessTokenService;
import org.gvclab.web.account.AccountService;
import org.gvclab.web.account.NewUser;
import org.gvclab.web.base.UserFacingException;
import org.gvclab.web.security.CurrentUser;

/** The signed-in user's own account: who they are and a password change. */
@Route("profile")
@Menu(title = "nav.profile", order = 90, icon = "vaadin:user")
@PermitAll
public class ProfileView extends VerticalLayout implements HasDynamicTitle {

    private final AccessTokenService tokens;
    private final Grid<AccessToken> tokenGrid = new Grid<>();

    public ProfileView(CurrentUser currentUser, AccountService accounts, AccessTokenService tokens) {
        this.tokens = tokens;
        add(new H2(getTranslation("profile.title")));
        currentUser.account().ifPresent(a -> add(new Span(a.displayName() + " (" + a.username() + ") · "
                + getTranslation("role." + a.role().name()))));
        add(new H3(getTranslation("profile.changePassword")));
        PasswordField current = new PasswordField(getTranslation("profile.currentPassword"));
        PasswordField next = new PasswordField(getTranslation("profile.newPassword"));
        next.setMinLength(NewUser.PASSWORD_MIN);
        next.setMaxLength(org.gvclab.web.security.Passwords.MAX_LENGTH);
        next.setHelperText(getTranslation("users.password.hint", NewUser.PASSWORD_MIN,
                org.gvclab.web.security.Passwords.MAX_LENGTH));
        PasswordField repeat = new PasswordField(getTranslation("profile.repeatPassword"));
        current.setId("current-password");
        next.setId("next-password");
        repeat.setId("repeat-password");
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
        save.setId("save-password");
        FormLayout form = new FormLayout(current, next, repeat);
        form.setMaxWidth("40rem");
        add(form, save);
        addTokens();
    }

    /** Personal access tokens for scripts that download briefs and workbooks. */
    private void addTokens() {
        add(new H3(getTranslation("tokens.title")), new Paragraph(getTranslation("tokens.intro")));
        TextField name = new TextField(getTranslation("tokens.name"));
        name.setId("token-name");
        name.setMaxLength(AccessTokenService.NAME_MAX);
        Button create = new Button(getTranslation("tokens.create"), e -> {
            String token = tokens.create(name.getValue());
            name.clear();
            Dialog dialog = new Dialog(getTranslation("tokens.created"));
            TextField shown = new TextField();
            shown.setId("new-token");
            shown.setValue(token);
            shown.setReadOnly(true);
            shown.setWidth("36rem");
            dialog.add(new Paragraph(getTranslation("tokens.onlyOnce")), shown);
            dialog.getFooter().add(new Button(getTranslation("action.close"), c -> dialog.close()));
            dialog.open();
            refreshTokens();
        });
        create.setId("create-token");
        HorizontalLayout row = new HorizontalLayout(name, create);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        tokenGrid.setId("tokens-grid");
        tokenGrid.addColumn(AccessToken::name).setHeader(getTranslation("tokens.name")).setFlexGrow(2);
        tokenGrid.addColumn(t -> t.prefix() + "…").setHeader(getTranslation("tokens.prefix")).setAutoWidth(true);
        tokenGrid.addColumn(t -> t.createdAt().toLocalDate().toString()).setHeader(getTranslation("tokens.createdAt"))
                .setAutoWidth(true);
        tokenGrid.addColumn(t -> t.lastUsedAt() == null ? "—" : t.lastUsedAt().toLocalDate().toString())
                .setHeader(getTranslation("tokens.lastUsed")).setAutoWidth(true);
        tokenGrid.addComponentColumn(t -> {
            if (!t.active()) {
                return new Span(getTranslation("tokens.revoked"));
            }
            Button revoke = new Button(getTranslation("tokens.revoke"), e -> {
                tokens.revoke(t.id());
                refreshTokens();
            });
            revoke.addClassName("revoke-token");
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            return revoke;
        }).setHeader(getTranslation("users.status")).setAutoWidth(true);
        tokenGrid.setAllRowsVisible(true);
        add(row, tokenGrid);
        refreshTokens();
    }

    private void refreshTokens() {
        tokenGrid.setItems(tokens.mine());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title") + " · " + getTranslation("app.name");
    }
}
