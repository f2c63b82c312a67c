package org.gvclab.core.cluster;

import java.util.Objects;
import org.gvclab.core.base.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * One problem found while reading an uploaded CSV or Excel file, located as the user sees it.
 *
 * @param file     the uploaded file's name
 * @param sheet    the sheet name (Excel), or {@code null} for CSV and for problems with the file as a whole
 * @param row      the 1-based row number as the spreadsheet shows it, or 0 when the problem has no row
 * @param column   the column as shown: a letter such as {@code C} (Excel) or a 1-based number (CSV); empty if none
 * @param fieldId  the field concerned, or empty
 * @param severity error (blocks the import) or warning
 * @param message  what is wrong and what to fix, in both languages
 */
public record ImportProblem(String file, @Nullable String sheet, int row, String column, String fieldId,
                            Severity severity, LocalizedText message) {

    public ImportProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(fieldId, "fieldId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if (row < 0) {
            throw new IllegalArgumentException("row must be ≥ 0");
        }
    }

    /** Where the problem is, e.g. {@code data.xlsx, sheet Data, row 7, column C (gross_output)}. */
    public String location() {
        StringBuilder b = new StringBuilder(file);
        if (sheet != null) {
            b.append(", sheet ").append(sheet);
        }
        if (row > 0) {
            b.append(", row ").append(row);
        }
        if (!column.isEmpty()) {
            b.append(", column ").append(column);
        }
        if (!fieldId.isEmpty()) {
            b.append(" (").append(fieldId).append(')');
        }
        return b.toString();
    }
}
