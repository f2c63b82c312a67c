package org.gvclab.reports;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.stream.Collectors;
import org.gvclab.core.notebook.ProvenanceEntry;
import org.gvclab.core.notebook.ProvenanceInput;

/** Provenance as text, the same in the PDF annex and the workbook's provenance sheet. */
public final class ProvenanceText {

    private ProvenanceText() {
    }

    /**
     * An input value in full so a reader can redo the calculation: grouped with up to 6 decimals, or 8 significant
     * digits in scientific notation for very small or very large magnitudes.
     */
    public static String value(double v) {
        double a = Math.abs(v);
        if (v != 0 && (a < 1e-4 || a >= 1e15)) {
            return BigDecimal.valueOf(v).round(new MathContext(8)).toString();
        }
        return new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }

    /** One input as "name = value unit". */
    public static String input(ProvenanceInput in, Locale locale) {
        String unit = in.unit().in(locale);
        return in.name().in(locale) + " = " + value(in.value()) + (unit.isBlank() ? "" : " " + unit);
    }

    /** All inputs of an entry, separated by "; ". */
    public static String inputs(ProvenanceEntry entry, Locale locale) {
        return entry.inputs().stream().map(in -> input(in, locale)).collect(Collectors.joining("; "));
    }
}
