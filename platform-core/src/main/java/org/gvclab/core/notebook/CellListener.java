package org.gvclab.core.notebook;

import java.util.List;

/**
 * Hears each cell's results as soon as they are there (quick cells first, see {@link CellEvaluator#slow()}), so a
 * view can show a notebook cell by cell. Called on the evaluating thread.
 */
@FunctionalInterface
public interface CellListener {

    /** A listener that ignores everything. */
    CellListener NONE = (cell, results, recomputed) -> {
    };

    /**
     * @param cell       the cell
     * @param results    its results (the cached list itself when they came from the cache)
     * @param recomputed whether they were computed now
     */
    void evaluated(Cell cell, List<CellResult> results, boolean recomputed);
}
