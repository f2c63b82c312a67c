package org.gvclab.web.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.gvclab.web.base.NotFoundInScopeException;
import org.gvclab.web.base.StaleDataException;
import org.gvclab.web.base.Translations;
import org.gvclab.web.base.UserErrors;
import org.gvclab.web.base.UserFacingException;
import org.springframework.stereotype.Component;

/**
 * The one place where unexpected errors of a user interaction end up: the user sees a friendly notification
 * (what happened, what to do, an incident number), the log gets the detail ({@link UserErrors}). Never a stack
 * trace on screen.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private final Translations translations;

    ErrorHandling(Translations translations) {
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    void handle(ErrorEvent event) {
        Throwable error = rootOfInterest(event.getThrowable());
        UI ui = UI.getCurrent();
        Locale locale = ui != null ? ui.getLocale() : Translations.ENGLISH;
        UserErrors.Explanation explanation = UserErrors.explain(error, "user interaction");
        String text = translations.getTranslation(explanation.message().key(), locale,
                explanation.message().argArray());
        if (ui != null) {
            ui.access(() -> {
                Notification n = Notification.show(text, 8000, Notification.Position.TOP_CENTER);
                n.addThemeVariants(error instanceof UserFacingException || error instanceof StaleDataException
                        ? NotificationVariant.LUMO_WARNING : NotificationVariant.LUMO_ERROR);
                n.setId("error-notification");
            });
        }
    }

    private static Throwable rootOfInterest(Throwable t) {
        Throwable current = t;
        while (current.getCause() != null && current.getCause() != current
                && !(current instanceof UserFacingException) && !(current instanceof StaleDataException)
                && !(current instanceof NotFoundInScopeException)) {
            current = current.getCause();
        }
        return current;
    }
}
