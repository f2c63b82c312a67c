package org.gvclab.core.notebook;

/**
 * One cell of a notebook: a stable id (unique in its notebook) and the settings of its kind. The record types are
 * the kinds; {@link CellKind} names them in JSON.
 */
public sealed interface Cell permits MarkdownCell, IndicatorTableCell, ChartCell, DiagnosisSummaryCell,
        StrategyComparisonCell, IoIndicatorTableCell, WorkshopResultsCell {

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
