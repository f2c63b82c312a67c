package org.gvclab.web.iotable.ui;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Numbers in the indicator grid: about six significant digits with the locale's grouping, scientific notation for
 * very small or very large magnitudes, and a word for undefined values (a ratio with a zero denominator, NaN in
 * the CSV). The CSV download keeps the exact values.
 */
final class ValueFormat {

    private final NumberFormat[] fixed = new NumberFormat[10];
    private final DecimalFormat scientific;
    private final String undefined;

    ValueFormat(Locale locale, String undefined) {
        for (int digits = 0; digits < fixed.length; digits++) {
            NumberFormat f = NumberFormat.getNumberInstance(locale);
            f.setMaximumFractionDigits(digits);
            f.setMinimumFractionDigits(0);
            fixed[digits] = f;
        }
        scientific = new DecimalFormat("0.#####E0", DecimalFormatSymbols.getInstance(locale));
        this.undefined = undefined;
    }

    String format(double v) {
        if (Double.isNaN(v)) {
            return undefined;
        }
        if (v == 0 || Double.isInfinite(v)) {
            return v == 0 ? "0" : (v > 0 ? "∞" : "−∞");
        }
        double abs = Math.abs(v);
        if (abs < 1e-4 || abs >= 1e12) {
            return scientific.format(v);
        }
        int magnitude = (int) Math.floor(Math.log10(abs));
        int digits = Math.max(0, Math.min(fixed.length - 1, 5 - magnitude));
        return fixed[digits].format(v);
    }
}
