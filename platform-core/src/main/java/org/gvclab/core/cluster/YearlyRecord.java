package org.gvclab.core.cluster;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One cluster's data for one year: values by field id ({@link FieldCatalogue}). A field that is absent was not
 * entered; it is never silently zero.
 *
 * @param year   the calendar year the data describe
 * @param values finite values keyed by field id, in catalogue order
 */
public record YearlyRecord(int year, Map<String, Double> values) {

    /** The earliest year a record may describe. */
    public static final int MIN_YEAR = 1950;
    /** The latest year a record may describe. */
    public static final int MAX_YEAR = 2100;

    public YearlyRecord {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("year " + year + " outside " + MIN_YEAR + "–" + MAX_YEAR);
        }
        Objects.requireNonNull(values, "values");
        Map<String, Double> ordered = new LinkedHashMap<>();
        for (Field f : FieldCatalogue.all()) {
            Double v = values.get(f.id());
            if (v != null) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("year " + year + ", field " + f.id() + ": value " + v + " is not finite");
                }
                ordered.put(f.id(), v);
            }
        }
        for (String id : values.keySet()) {
            if (!FieldCatalogue.contains(id)) {
                throw new IllegalArgumentException("year " + year + ": unknown field id " + id);
            }
        }
        values = Collections.unmodifiableMap(ordered);
    }

    /** An empty record for a year. */
    public static YearlyRecord empty(int year) {
        return new YearlyRecord(year, Map.of());
    }

    /** The value of a field, empty when not entered. */
    public OptionalDouble value(String fieldId) {
        Double v = values.get(fieldId);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** Whether the field was entered. */
    public boolean has(String fieldId) {
        return values.containsKey(fieldId);
    }

    /** A copy with one field set. */
    public YearlyRecord with(String fieldId, double value) {
        Map<String, Double> m = new LinkedHashMap<>(values);
        m.put(fieldId, value);
        return new YearlyRecord(year, m);
    }

    /** A copy with one field removed (not entered). */
    public YearlyRecord without(String fieldId) {
        Map<String, Double> m = new LinkedHashMap<>(values);
        m.remove(fieldId);
        return new YearlyRecord(year, m);
    }
}
