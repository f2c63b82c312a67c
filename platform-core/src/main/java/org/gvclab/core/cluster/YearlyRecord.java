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
        // in catalogue order: sort the given ids by their catalogue position (records are built often, by the
        // projection for every draw and year, so this avoids a pass over the whole catalogue)
        String[] ids = new String[values.size()];
        int n = 0;
        for (Map.Entry<String, Double> e : values.entrySet()) {
            String id = e.getKey();
            if (FieldCatalogue.position(id) < 0) {
                throw new IllegalArgumentException("year " + year + ": unknown field id " + id);
            }
            Double v = e.getValue();
            if (v == null) {
                continue;
            }
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("year " + year + ", field " + id + ": value " + v + " is not finite");
            }
            ids[n++] = id;
        }
        java.util.Arrays.sort(ids, 0, n, java.util.Comparator.comparingInt(FieldCatalogue::position));
        Map<String, Double> ordered = new LinkedHashMap<>(Math.max(4, 2 * n));
        for (int i = 0; i < n; i++) {
            ordered.put(ids[i], values.get(ids[i]));
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
