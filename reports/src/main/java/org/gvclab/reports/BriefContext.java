package org.gvclab.reports;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.gvclab.core.base.LocalizedText;

/**
 * What a brief says about itself beyond the notebook: whose it is, for which cluster, of which date, in which
 * language.
 *
 * @param jurisdiction the jurisdiction's name (county, city)
 * @param cluster      the cluster's name
 * @param date         the brief's date (the caller's clock, never {@code now()} here)
 * @param locale       the language to render in: Chinese for any {@code zh} locale, English otherwise
 */
public record BriefContext(LocalizedText jurisdiction, LocalizedText cluster, LocalDate date, Locale locale) {

    public BriefContext {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(locale, "locale");
    }

    /** Whether the brief is in Chinese. */
    public boolean chinese() {
        return "zh".equals(locale.getLanguage());
    }
}
