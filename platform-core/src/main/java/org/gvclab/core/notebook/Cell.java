package org.gvclab.core.notebook;

/**
 * One cell of a notebook: a stable id (unique in its notebook) and the settings of its kind, held in a record that
 * implements this interface. {@link CellKind} names the record in JSON. The kinds the core ships are in this package;
 * a feature may add one (its record, its kind, its evaluator), so the interface is open.
 */
public interface Cell {

    /** The cell's id, unique in its notebook. */
    String id();

    /** The kind of this cell. */
    CellKind kind();

    static String requireId(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a cell needs a non-blank id");
        }
        return id;
    }
}
