package org.gvclab.core.cluster;

import java.util.List;
import java.util.Objects;
import org.gvclab.core.base.LocalizedText;

/**
 * One problem {@link RecordValidator} found in a yearly record.
 *
 * @param year     the record's year
 * @param fieldIds the fields involved, the one to fix first (empty for a problem with the record as a whole)
 * @param rule     a stable rule id, e.g. {@code range} or {@code domestic_plus_exports_le_sales}
 * @param severity error (blocks saving) or warning
 * @param message  what is wrong and what to fix, in both languages
 */
public record RecordProblem(int year, List<String> fieldIds, String rule, Severity severity, LocalizedText message) {

    public RecordProblem {
        fieldIds = List.copyOf(fieldIds);
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    /** The field to point the user to first, or the empty string when the problem concerns the whole record. */
    public String fieldId() {
        return fieldIds.isEmpty() ? "" : fieldIds.get(0);
    }
}
