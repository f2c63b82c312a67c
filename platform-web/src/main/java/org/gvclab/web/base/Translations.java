package org.gvclab.web.base;

import com.vaadin.flow.i18n.I18NProvider;
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
 * (English by default, Simplified Chinese in {@code messages_zh_CN}), or, for a key the web bundles do not hold, from
 * the core's package bundles ({@link Msg}). Placeholders follow the one rule of {@link Msg#format}: {@code {0}} to
 * {@code {9}}, texts in the reader's language, numbers by the number rule (a year stays 2024, never "2,024"); a
 * quote is an ordinary character. A missing key shows as {@code !key!} and is logged, so it is noticed instead of
 * silently falling back.
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
        Object[] shown = shown(params, locale);
        if (bundle.containsKey(key)) {
            return Msg.format(bundle.getString(key), supported(locale), shown);
        }
        if (isCoreKey(key)) {
            return Msg.in(supported(locale), key, shown);
        }
        log.warn("Missing translation '{}' for {}", key, locale);
        return "!" + key + "!";
    }

    /** Whether a core package bundle holds {@code key} (a web key's first segment need not name a core package). */
    private static boolean isCoreKey(String key) {
        try {
            return Msg.has(key);
        } catch (RuntimeException noSuchBundle) {
            return false;
        }
    }

    /**
     * Arguments as {@link Msg} shows them. Web code also passes other numbers and values: a floating-point number
     * is shown as a plain decimal ({@link Num#decimal}), anything else by its text.
     */
    private static Object[] shown(Object[] params, Locale locale) {
        Object[] out = params.clone();
        for (int i = 0; i < out.length; i++) {
            Object p = out[i];
            if (p instanceof Double || p instanceof Float) {
                out[i] = Num.decimal(((Number) p).doubleValue());
            } else if (p instanceof Short || p instanceof Byte) {
                out[i] = ((Number) p).intValue();
            } else if (p != null && !(p instanceof LocalizedText || p instanceof Num || p instanceof Integer
                    || p instanceof Long || p instanceof String)) {
                out[i] = String.valueOf(p);
            } else if (p == null) {
                out[i] = "";
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
