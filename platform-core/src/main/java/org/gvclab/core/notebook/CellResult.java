package org.gvclab.core.notebook;

/**
 * What a cell shows, independent of how it is drawn: text, a table or a chart (or the reason a cell could not be
 * computed). The web view, the PDF brief and the Excel workbook each draw every variant.
 */
public sealed interface CellResult permits TextResult, TableResult, ChartResult, FailedResult {

    /** Where the numbers come from. */
    Provenance provenance();
}
