package org.gvclab.core.notebook;

import java.util.List;
import java.util.Objects;
import org.gvclab.core.base.LocalizedText;

/**
 * A table: title, columns with units, and rows of typed cells (each row as long as the column list).
 *
 * @param title      the table's title
 * @param columns    the columns
 * @param rows       the rows; each holds one cell per column
 * @param provenance where its numbers come from
 * @param appendix   whether it is reference material (every parameter, a data annex) that a brief prints in its
 *                   appendix rather than in its body; screens and workbooks show it like any table
 */
public record TableResult(LocalizedText title, List<TableColumn> columns, List<List<TableCell>> rows,
                          Provenance provenance, boolean appendix) implements CellResult {

    /** A table of the body. */
    public TableResult(LocalizedText title, List<TableColumn> columns, List<List<TableCell>> rows,
                       Provenance provenance) {
        this(title, columns, rows, provenance, false);
    }

    /** The same table as appendix material. */
    public TableResult inAppendix() {
        return new TableResult(title, columns, rows, provenance, true);
    }

    public TableResult {
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        Objects.requireNonNull(provenance, "provenance");
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("table '" + title.en() + "' has no columns");
        }
        List<List<TableCell>> copy = new java.util.ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            List<TableCell> row = List.copyOf(rows.get(r));
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("table '" + title.en() + "', row " + (r + 1) + ": "
                        + row.size() + " cells for " + columns.size() + " columns");
            }
            copy.add(row);
        }
        rows = java.util.Collections.unmodifiableList(copy);
    }
}
