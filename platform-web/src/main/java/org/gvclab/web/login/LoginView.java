package org.gvclab.web.login;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.gvclab.web.base.AppProperties;
import org.gvclab.web.demo.DemoAccount;
import org.gvclab.web.layout.LanguageSelect;
import org.gvclab.web.security.UserLocale;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in. A wrong password and a locked account get different messages; in demo mode the demo accounts and
 * their passwords are listed, clearly marked as demo.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView(AppProperties properties, UserLocale userLocale) {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(false));
        H1 title = new H1(getTranslation("app.name"));
        title.getStyle().set("margin-bottom", "0");
        Paragraph tagline = new Paragraph(getTranslation("app.tagline"));
        LanguageSelect language = new LanguageSelect(userLocale);
        add(language, title, tagline, form);
        if (properties.demo().enabled()) {
            add(demoPanel());
        }
    }

    private Div demoPanel() {
        Div panel = new Div();
        panel.setId("demo-accounts");
        panel.getStyle().set("border", "2px dashed var(--lumo-warning-color, #e0a800)")
                .set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("max-width", "32rem");
        panel.add(new H3(getTranslation("login.demo.title")), new Paragraph(getTranslation("login.demo.warning")));
        for (DemoAccount account : DemoAccount.ALL) {
            Paragraph line = new Paragraph();
            line.add(new Span(getTranslation("role." + account.role().name()) + ": "));
            Span username = new Span(account.username());
            username.getStyle().set("font-family", "monospace");
            Span password = new Span(account.password());
            password.getStyle().set("font-family", "monospace");
            line.add(username, new Span(" / "), password);
            panel.add(line);
        }
        return panel;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            form.setI18n(i18n(lastFailureWasLock()));
            form.setError(true);
        }
    }

    private static boolean lastFailureWasLock() {
        VaadinRequest request = VaadinRequest.getCurrent();
        WrappedSession session = request == null ? null : request.getWrappedSession(false);
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure instanceof LockedException;
    }

    private LoginI18n i18n(boolean locked) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation(locked ? "login.locked.title" : "login.error.title"));
        error.setMessage(getTranslation(locked ? "login.locked.message" : "login.error.message"));
        error.setUsername(getTranslation("login.username.required"));
        error.setPassword(getTranslation("login.password.required"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
