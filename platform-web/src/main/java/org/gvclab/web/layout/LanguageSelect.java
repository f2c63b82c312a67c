package org.gvclab.web.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import org.gvclab.web.base.Translations;
import org.gvclab.web.security.UserLocale;

/** 简体中文 / English. The choice is remembered (in the account when signed in) and the page redrawn. */
public class LanguageSelect extends Select<Locale> {

    public LanguageSelect(UserLocale userLocale) {
        setId("language-select");
        setItems(Translations.ENGLISH, Translations.CHINESE);
        setItemLabelGenerator(l -> getTranslation(Translations.CHINESE.equals(l) ? "language.zh" : "language.en"));
        setAriaLabel(getTranslation("language.label"));
        setValue(Translations.supported(getLocale()));
        setWidth("9rem");
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                userLocale.choose(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
