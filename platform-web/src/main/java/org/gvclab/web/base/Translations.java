package org.gvclab.web.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;
import org.gvclab.core.base.Num;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every visible string of the web application comes from the bundles {@code i18n/messages*.properties}
 * (English by default, Simplified Chinese in {@code messages_zh_CN}). A missing key shows as {@code !key!}
 * and is logged, so it is noticed instead of silently falling back.
 */
@Component
public class Translations implements I18NProvider {

    /** Simplified Chinese, as the UI offers it. */
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final List<Locale> LOCALES = List.of(ENGLISH, CHINESE);
    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final String BUNDLE = "i18n.messages";

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return translate(key, locale, params);
    }

    /**
     * The text of {@code key} in both languages, for results that are shown later in a language chosen then (a
     * notebook's cells render in the notebook's language in the brief and in the reader's on screen).
     */
    public static LocalizedText text(String key, Object... params) {
        return new LocalizedText(translate(key, CHINESE, params), translate(key, ENGLISH, params));
    }

    private static String translate(String key, Locale locale, Object... params) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            String pattern = bundle.getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(shown(params, locale));
        } catch (MissingResourceException e) {
            log.warn("Missing translation '{}' for {}", key, locale);
            return "!" + key + "!";
        }
    }

    /** Texts in both languages and numbers with their measure are shown as the reader reads them. */
    private static Object[] shown(Object[] params, Locale locale) {
        Object[] out = params.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof LocalizedText || out[i] instanceof Num) {
                out[i] = Msg.show(out[i], locale);
            }
        }
        return out;
    }

    /** The supported locale closest to the requested one: Chinese for any {@code zh}, English otherwise. */
    public static Locale supported(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
    }

    /** The locale for a stored language tag ({@code en}, {@code zh-CN}); English when unknown. */
    public static Locale fromTag(String tag) {
        return supported(Locale.forLanguageTag(tag));
    }
}
