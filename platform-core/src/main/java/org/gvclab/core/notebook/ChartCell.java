package org.gvclab.core.notebook;

import java.util.List;
import java.util.Objects;

/**
 * A chart.
 *
 * @param id           the cell id
 * @param chart        which chart
 * @param indicatorIds the indicators it plots, where the choice takes any (trend lines); otherwise empty
 */
public record ChartCell(String id, ChartChoice chart, List<String> indicatorIds) implements Cell {

    public ChartCell {
        Cell.requireId(id);
        Objects.requireNonNull(chart, "chart");
        indicatorIds = List.copyOf(indicatorIds);
    }

    @Override
    public CellKind kind() {
        return CellKind.CHART;
    }
}
