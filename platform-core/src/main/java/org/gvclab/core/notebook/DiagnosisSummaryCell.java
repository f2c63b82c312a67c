package org.gvclab.core.notebook;

/**
 * The diagnosis of the notebook's cluster in its latest year: factor scores, lock-in index, architecture,
 * governance, upgrading stage and recommended path.
 *
 * @param id           the cell id
 * @param showDrivers  whether to list the indicators that drive the lock-in index
 */
public record DiagnosisSummaryCell(String id, boolean showDrivers) implements Cell {

    public DiagnosisSummaryCell {
        Cell.requireId(id);
    }

    @Override
    public CellKind kind() {
        return CellKind.DIAGNOSIS_SUMMARY;
    }
}
