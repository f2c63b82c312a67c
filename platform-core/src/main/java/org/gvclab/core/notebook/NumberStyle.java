package org.gvclab.core.notebook;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How a number is shown: decimals, thousands grouping, and whether it is a fraction shown as a percentage
 * (0.123 → 12.3 %). Every renderer shows the same digits: the web and the PDF through {@link #format}, the
 * workbook through an equivalent Excel number format over the unchanged value.
 *
 * @param decimals digits after the decimal point, 0–10
 * @param grouping whether to group thousands
 * @param percent  whether the value is a fraction shown times 100 with a percent sign
 */
public record NumberStyle(int decimals, boolean grouping, boolean percent) {

    /** Whole numbers with grouping (counts, money in large units). */
    public static final NumberStyle INTEGER = new NumberStyle(0, true, false);

    public NumberStyle {
        if (decimals < 0 || decimals > 10) {
            throw new IllegalArgumentException("decimals must be 0–10, was " + decimals);
        }
    }

    /** Grouped with {@code decimals} digits after the point. */
    public static NumberStyle decimals(int decimals) {
        return new NumberStyle(decimals, true, false);
    }

    /**
     * The style that shows what {@code measure} measures by the one number rule ({@link org.gvclab.core.base.Measure}),
     * for values of about {@code magnitude} (a column's largest absolute value keeps the column uniform). A
     * {@code PERCENT} value is already in percent, so its column says "%" in its unit; a {@code SHARE} is a fraction.
     */
    public static NumberStyle of(org.gvclab.core.base.Measure measure, double magnitude) {
        int d = measure.decimals(magnitude);
        return switch (measure) {
            case YEAR -> new NumberStyle(0, false, false);
            case SHARE -> new NumberStyle(d, true, true);
            default -> new NumberStyle(d, true, false);
        };
    }

    /** A fraction shown as a percentage with {@code decimals} digits after the point. */
    public static NumberStyle percent(int decimals) {
        return new NumberStyle(decimals, false, true);
    }

    /** {@code value} as text; the decimal and grouping signs are the same in both languages (12,345.6). */
    public String format(double value, Locale locale) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        DecimalFormat f = new DecimalFormat(pattern(), DecimalFormatSymbols.getInstance(Locale.ROOT));
        String text = f.format(value);
        return text.matches("-0(\\.0+)?%?") ? text.substring(1) : text;
    }

    /** The {@link DecimalFormat} pattern (also a valid Excel number format). */
    public String pattern() {
        StringBuilder p = new StringBuilder(grouping ? "#,##0" : "0");
        if (decimals > 0) {
            p.append('.').append("0".repeat(decimals));
        }
        if (percent) {
            p.append('%');
        }
        return p.toString();
    }
}
