package org.gvclab.core.base;

import java.util.Locale;
import java.util.Objects;

/**
 * A text in the two languages GVC Lab speaks: Simplified Chinese and English.
 *
 * @param zh the Simplified Chinese text
 * @param en the English text
 */
public record LocalizedText(String zh, String en) {

    public LocalizedText {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    /** The same text in both languages, for names that are not translated (codes, proper names). */
    public static LocalizedText of(String both) {
        return new LocalizedText(both, both);
    }

    /** The text for a locale: Chinese for any {@code zh} locale, English otherwise. */
    public String in(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? zh : en;
    }
}
