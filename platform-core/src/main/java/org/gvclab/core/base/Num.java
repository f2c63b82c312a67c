package org.gvclab.core.base;

import java.util.Locale;

/**
 * A number together with what it measures, so that it is shown by the one number rule ({@link Measure}) wherever
 * it appears: as a {@link Msg} argument, in a table cell, in a chart label.
 *
 * @param value   the full-precision value
 * @param measure what it measures
 */
public record Num(double value, Measure measure) {

    public static Num year(int year) {
        return new Num(year, Measure.YEAR);
    }

    public static Num count(double n) {
        return new Num(n, Measure.COUNT);
    }

    public static Num money(double amount) {
        return new Num(amount, Measure.MONEY);
    }

    /** A value already in percent (12.3 means 12.3 %). */
    public static Num percent(double percent) {
        return new Num(percent, Measure.PERCENT);
    }

    /** A fraction shown as percent (0.123 means 12.3 %). */
    public static Num share(double fraction) {
        return new Num(fraction, Measure.SHARE);
    }

    public static Num points(double points) {
        return new Num(points, Measure.POINTS);
    }

    public static Num index(double index) {
        return new Num(index, Measure.INDEX);
    }

    public static Num ratio(double ratio) {
        return new Num(ratio, Measure.RATIO);
    }

    public static Num decimal(double value) {
        return new Num(value, Measure.DECIMAL);
    }

    /** The value as the reader sees it. */
    public String format(Locale locale) {
        return measure.format(value, locale);
    }

    /** The value in both languages. */
    public LocalizedText text() {
        return new LocalizedText(format(Locale.SIMPLIFIED_CHINESE), format(Locale.ENGLISH));
    }
}
