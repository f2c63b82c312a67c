package org.gvclab.core.notebook;

/**
 * The aggregated results of a workshop session.
 *
 * @param id         the cell id
 * @param workshopId the workshop session's id; empty while none is chosen
 */
public record WorkshopResultsCell(String id, String workshopId) implements Cell {

    public WorkshopResultsCell {
        Cell.requireId(id);
        if (workshopId == null) {
            throw new IllegalArgumentException("cell '" + id + "': a workshop results cell needs a workshopId "
                    + "(empty while none is chosen)");
        }
    }

    @Override
    public CellKind kind() {
        return CellKind.WORKSHOP_RESULTS;
    }
}
