package org.gvclab.core.notebook;

import java.util.List;

/**
 * A comparison of upgrading strategies for the notebook's cluster and scenario.
 *
 * @param id           the cell id
 * @param strategyIds  the strategies to compare (empty: the presets)
 * @param horizonYears how many years ahead to project, at least 1
 */
public record StrategyComparisonCell(String id, List<String> strategyIds, int horizonYears) implements Cell {

    public StrategyComparisonCell {
        Cell.requireId(id);
        strategyIds = List.copyOf(strategyIds);
        if (horizonYears < 1) {
            throw new IllegalArgumentException("cell '" + id + "': horizonYears must be at least 1, was " + horizonYears);
        }
    }

    @Override
    public CellKind kind() {
        return CellKind.STRATEGY_COMPARISON;
    }
}
