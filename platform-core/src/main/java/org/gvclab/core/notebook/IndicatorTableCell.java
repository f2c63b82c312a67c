package org.gvclab.core.notebook;

import java.util.List;

/**
 * A table of catalogue indicators of the notebook's cluster over its years.
 *
 * @param id           the cell id
 * @param indicatorIds the catalogue ids of the indicators, in display order (empty: the whole catalogue)
 */
public record IndicatorTableCell(String id, List<String> indicatorIds) implements Cell {

    public IndicatorTableCell {
        Cell.requireId(id);
        indicatorIds = List.copyOf(indicatorIds);
    }

    @Override
    public CellKind kind() {
        return CellKind.INDICATOR_TABLE;
    }
}
