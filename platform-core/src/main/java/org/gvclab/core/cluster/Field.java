package org.gvclab.core.cluster;

import java.util.Objects;
import org.gvclab.core.base.LocalizedText;

/**
 * One field of a cluster's yearly record (docs/model.md, "Data"): a stable id used in CSV headers, formulas and the
 * database, a bilingual label and input hint, its kind and unit, the allowed range and whether it is required.
 *
 * @param id       stable identifier, lower snake case, e.g. {@code gross_output}
 * @param label    the bilingual label shown in forms and template headers
 * @param kind     money, count, percent or rating
 * @param unit     the unit for non-money fields; money fields take the jurisdiction's {@link CurrencyUnit}
 * @param min      the smallest allowed value (inclusive)
 * @param max      the largest allowed value (inclusive); {@link Double#POSITIVE_INFINITY} for none
 * @param required whether a yearly record must have it
 * @param hint     a short input hint (what to enter, where it comes from)
 */
public record Field(String id, LocalizedText label, FieldKind kind, LocalizedText unit, double min, double max,
                    boolean required, LocalizedText hint) {

    public Field {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(hint, "hint");
        if (!(min <= max)) {
            throw new IllegalArgumentException("field " + id + ": min " + min + " > max " + max);
        }
    }

    /** The unit in a jurisdiction's currency: the currency label for money fields, {@link #unit()} otherwise. */
    public LocalizedText unit(CurrencyUnit currency) {
        return kind == FieldKind.MONEY ? currency.label() : unit;
    }

    /** Whether values must be whole numbers (counts and ratings). */
    public boolean integral() {
        return kind == FieldKind.COUNT || kind == FieldKind.RATING;
    }

    /** Whether {@code value} lies in the allowed range (and is whole where it must be). */
    public boolean accepts(double value) {
        return Double.isFinite(value) && value >= min && value <= max && (!integral() || value == Math.rint(value));
    }

    /** The allowed range as text, e.g. {@code 0–100} or {@code ≥ 0}. */
    public String rangeText() {
        return max == Double.POSITIVE_INFINITY ? "≥ " + fmt(min) : fmt(min) + "–" + fmt(max);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
