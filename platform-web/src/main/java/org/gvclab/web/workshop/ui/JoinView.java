package org.gvclab.web.workshop.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.gvclab.web.base.UserFacingException;
import org.gvclab.web.layout.LanguageSelect;
import org.gvclab.web.security.UserLocale;
import org.gvclab.web.workshop.JoinCode;
import org.gvclab.web.workshop.ParticipantPass;
import org.gvclab.web.workshop.WorkshopService;
import org.jspecify.annotations.Nullable;

/**
 * Joining a workshop without an account: the code (typed, or in the link of the QR code) and a display name. The
 * session then holds a participant pass, which opens the participant's page and nothing else: no sign-in happens.
 */
@Route(value = "join", autoLayout = false)
@AnonymousAllowed
public class JoinView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final TextField code = new TextField();
    private final Paragraph error = new Paragraph();

    public JoinView(WorkshopService workshops, UserLocale userLocale) {
        setMaxWidth("32rem");
        getStyle().set("margin", "0 auto");
        code.setId("join-code-input");
        code.setLabel(getTranslation("workshop.join.code"));
        code.setWidthFull();
        code.setMaxLength(16);
        TextField name = new TextField(getTranslation("workshop.join.name"));
        name.setId("join-name");
        name.setMaxLength(WorkshopService.MAX_NAME);
        name.setWidthFull();
        name.setHelperText(getTranslation("workshop.join.nameHelp"));
        error.setId("join-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        Button join = new Button(getTranslation("workshop.join.button"), e -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            String address = request == null ? "unknown" : request.getRemoteAddr();
            try {
                ParticipantPass pass = workshops.join(code.getValue(), name.getValue(), address);
                VaadinSession.getCurrent().setAttribute(ParticipantPass.class, pass);
                getUI().ifPresent(ui -> ui.navigate(ParticipateView.class));
            } catch (UserFacingException ex) {
                error.setText(getTranslation(ex.messageKey(), ex.args()));
                error.setVisible(true);
            }
        });
        join.setId("join-button");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        join.setWidthFull();
        join.addClickShortcut(Key.ENTER);
        add(new LanguageSelect(userLocale), new H1(getTranslation("workshop.join.title")),
                new Paragraph(getTranslation("workshop.join.privacy")), code, name, error, join);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String parameter) {
        if (parameter != null) {
            code.setValue(JoinCode.display(parameter.toUpperCase(java.util.Locale.ROOT).replaceAll("[^0-9A-Z]", "")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workshop.join.title") + " · " + getTranslation("app.name");
    }
}
