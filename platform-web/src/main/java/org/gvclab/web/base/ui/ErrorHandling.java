package org.gvclab.web.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import java.util.UUID;
import org.gvclab.web.base.NotFoundInScopeException;
import org.gvclab.web.base.StaleDataException;
import org.gvclab.web.base.Translations;
import org.gvclab.web.base.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place where unexpected errors of a user interaction end up: the user sees a friendly notification
 * (what happened, what to do, an incident number), the log gets the detail. Never a stack trace on screen.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);
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
        String text = messageFor(error, locale);
        if (ui != null) {
            ui.access(() -> {
                Notification n = Notification.show(text, 8000, Notification.Position.TOP_CENTER);
                n.addThemeVariants(error instanceof UserFacingException || error instanceof StaleDataException
                        ? NotificationVariant.LUMO_WARNING : NotificationVariant.LUMO_ERROR);
                n.setId("error-notification");
            });
        }
    }

    String messageFor(Throwable error, Locale locale) {
        if (error instanceof UserFacingException e) {
            log.info("User-facing problem: {}", e.getMessage());
            return translations.getTranslation(e.messageKey(), locale, e.args());
        }
        if (error instanceof StaleDataException e) {
            log.info("Conflict: {}", e.getMessage());
            return translations.getTranslation("error.stale", locale);
        }
        if (error instanceof NotFoundInScopeException || error instanceof AccessDeniedException) {
            log.warn("Refused: {}", error.getMessage());
            return translations.getTranslation("error.notFound", locale);
        }
        String incident = incidentId();
        log.error("Incident {}: unexpected error in the user interface", incident, error);
        return translations.getTranslation("error.unexpected", locale, incident);
    }

    /** A short id the user can quote and an administrator can find in the log. */
    static String incidentId() {
        return UUID.randomUUID().toString().substring(0, 8);
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
