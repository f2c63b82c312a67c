package org.gvclab.core.notebook;

import java.util.List;

/**
 * A table of GVC indicators computed from the notebook's input-output table.
 *
 * @param id           the cell id
 * @param indicatorIds which IO indicators (for example {@code gvc_participation}), in display order
 * @param regionCodes  the regions to show (empty: all)
 * @param sectorCodes  the sectors to show (empty: all)
 */
public record IoIndicatorTableCell(String id, List<String> indicatorIds, List<String> regionCodes,
                                   List<String> sectorCodes) implements Cell {

    public IoIndicatorTableCell {
        Cell.requireId(id);
        indicatorIds = List.copyOf(indicatorIds);
        regionCodes = List.copyOf(regionCodes);
        sectorCodes = List.copyOf(sectorCodes);
    }

    @Override
    public CellKind kind() {
        return CellKind.IO_INDICATOR_TABLE;
    }
}
