package org.gvclab.core.base;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The one rule for showing a number, on screens, in PDF briefs, in workbooks and in drafted text
 * (docs/methods.md, "How numbers are shown"). A number is shown by what it measures, never by its raw double:
 * years without grouping, counts and persons as integers, money in the cluster's unit with decimals that suit its
 * size, percentages and indices with one decimal. Both languages group thousands with a comma and use a decimal
 * point, as is usual in Chinese official documents and in English.
 *
 * <p>A workbook keeps the full-precision value and shows it through {@link #excelFormat(double)}, which gives the
 * same digits as {@link #format(double, Locale)}.
 */
public enum Measure {
    /** A calendar year: 2024 (never 2,024). */
    YEAR,
    /** Counts, persons, firms, items, draws: 74,146. */
    COUNT,
    /**
     * Money in the cluster's currency unit (the caller adds the unit): no decimals from 1,000 on, one decimal
     * from 10, two below.
     */
    MONEY,
    /** A value already in percent: 12.34 → 12.3%. */
    PERCENT,
    /** A fraction shown as percent: 0.1234 → 12.3%. */
    SHARE,
    /** A change in percentage points, signed: +1.2 (the caller says "points"). */
    POINTS,
    /** An index or score (0–100 lock-in index, risk scores): one decimal. */
    INDEX,
    /** A ratio or coefficient around 1 (multipliers, upstreamness, consistency ratio): two decimals. */
    RATIO,
    /**
     * A model parameter or any other quantity without a fixed scale: three significant digits below 100, no
     * decimals from 100 on, trailing zeros dropped (0.08, 1.3, 15, 2,500).
     */
    DECIMAL;

    private static final String DASH = "—";

    /** {@code value} as the reader sees it in {@code locale}; a non-finite value shows as a dash. */
    public String format(double value, Locale locale) {
        if (!Double.isFinite(value)) {
            return DASH;
        }
        return switch (this) {
            case YEAR -> Long.toString(Math.round(value));
            case COUNT -> fmt(locale, "#,##0", Math.round(value));
            case MONEY -> fmt(locale, grouped(moneyDecimals(Math.abs(value))), value);
            case PERCENT -> fmt(locale, "#,##0.0", value) + "%";
            case SHARE -> fmt(locale, "#,##0.0", 100 * value) + "%";
            case POINTS -> {
                String s = fmt(locale, "#,##0.0", value);
                yield s.startsWith("-") || s.equals("0.0") ? s : "+" + s;
            }
            case INDEX -> fmt(locale, "#,##0.0", value);
            case RATIO -> fmt(locale, "#,##0.00", value);
            case DECIMAL -> decimal(value, locale);
        };
    }

    /**
     * The Excel number format that shows a value of about {@code magnitude} (e.g. the largest absolute value of a
     * column) with the digits of {@link #format}. For {@link #MONEY} the decimals follow the magnitude, so pass the
     * column's largest absolute value to keep a column uniform; for {@link #DECIMAL} pass the value itself.
     */
    public String excelFormat(double magnitude) {
        double m = Double.isFinite(magnitude) ? Math.abs(magnitude) : 0;
        return switch (this) {
            case YEAR -> "0";
            case COUNT -> "#,##0";
            case MONEY -> grouped(moneyDecimals(m));
            case PERCENT -> "0.0\"%\"";
            case SHARE -> "0.0%";
            case POINTS -> "+0.0;-0.0;0.0";
            case INDEX -> "0.0";
            case RATIO -> "0.00";
            case DECIMAL -> grouped(decimalScale(m));
        };
    }

    /** Digits after the point that {@link #format} shows for values of about {@code magnitude}. */
    public int decimals(double magnitude) {
        double m = Double.isFinite(magnitude) ? Math.abs(magnitude) : 0;
        return switch (this) {
            case YEAR, COUNT -> 0;
            case MONEY -> moneyDecimals(m);
            case PERCENT, SHARE, POINTS, INDEX -> 1;
            case RATIO -> 2;
            case DECIMAL -> decimalScale(m);
        };
    }

    private static int moneyDecimals(double m) {
        return m >= 1000 ? 0 : m >= 10 ? 1 : 2;
    }

    private static String decimal(double value, Locale locale) {
        return fmt(locale, grouped(decimalScale(value)), value);
    }

    /** Digits after the point of {@code value} rounded to three significant digits (none from 100 on), zeros dropped. */
    private static int decimalScale(double value) {
        double m = Math.abs(value);
        if (m == 0 || m >= 100) {
            return 0;
        }
        BigDecimal b = new BigDecimal(m).round(new MathContext(3, RoundingMode.HALF_UP)).stripTrailingZeros();
        return Math.max(0, b.scale());
    }

    private static String grouped(int decimals) {
        return decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
    }

    /** {@code value} formatted with a {@link DecimalFormat} pattern; a value that rounds to zero has no minus sign. */
    private static String fmt(Locale locale, String pattern, double value) {
        DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(
                "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH));
        f.setRoundingMode(RoundingMode.HALF_UP);
        String s = f.format(value);
        return s.startsWith("-") && s.chars().allMatch(c -> c == '-' || c == '0' || c == '.' || c == ',') ? s.substring(1) : s;
    }
}
