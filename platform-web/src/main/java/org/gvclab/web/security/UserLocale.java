package org.gvclab.web.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.gvclab.web.base.Translations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The language of the user interface: the one a signed-in user chose (remembered in their account), otherwise
 * the one chosen on the login page for this session, otherwise the browser's.
 */
@Component
public class UserLocale implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final UserRepository users;

    UserLocale(CurrentUser currentUser, UserRepository users) {
        this.currentUser = currentUser;
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI()));
    }

    private void apply(UI ui) {
        currentUser.account().map(UserAccount::locale).map(Translations::fromTag).ifPresentOrElse(locale -> {
            ui.getSession().setLocale(locale);
            ui.setLocale(locale);
        }, () -> ui.setLocale(Translations.supported(ui.getSession().getLocale())));
    }

    /**
     * Switches the language: remembered in the account when signed in, in the session otherwise. The caller
     * reloads the page so that every text is drawn again.
     */
    @Transactional
    public void choose(Locale locale) {
        Locale supported = Translations.supported(locale);
        currentUser.account().ifPresent(a -> users.updateLocale(a.id(), supported.toLanguageTag()));
        VaadinSession.getCurrent().setLocale(supported);
    }
}
