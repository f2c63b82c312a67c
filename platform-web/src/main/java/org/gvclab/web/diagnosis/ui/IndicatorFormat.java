package org.gvclab.web.diagnosis.ui;

import java.util.Locale;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Measure;
import org.gvclab.core.cluster.CurrencyUnit;
import org.gvclab.core.indicator.Indicator;
import org.gvclab.web.base.Translations;

/**
 * How an indicator's numbers and unit are shown, in one place for the diagnosis grid and the provenance dialog so
 * that both show the same rounded value: percentages and scores with one decimal, other values with three
 * significant digits ({@link Measure}); a money unit is the cluster's own.
 */
final class IndicatorFormat {

    private static final LocalizedText MONEY_UNIT = Translations.text("diagnosis.moneyUnit");

    private IndicatorFormat() {
    }

    /** The value as the reader sees it. */
    static String value(Indicator indicator, double value, Locale locale) {
        return measure(indicator).format(value, locale);
    }

    static Measure measure(Indicator indicator) {
        return indicator.unit().en().contains("%") || indicator.unit().en().startsWith("index")
                ? Measure.INDEX : Measure.DECIMAL;
    }

    /** The unit, with "money unit" replaced by the cluster's currency unit (e.g. 10k CNY per person). */
    static String unit(Indicator indicator, CurrencyUnit currency, Locale locale) {
        String unit = indicator.unit().in(locale);
        String generic = MONEY_UNIT.in(locale);
        return unit.contains(generic) ? unit.replace(generic, currency.label().in(locale)) : unit;
    }
}
