package org.gvclab.core.notebook;

import java.util.List;
import java.util.Set;

/**
 * Computes the results of one kind of cell. It declares what it reads, so {@link NotebookEvaluator} can reuse the
 * last results while those inputs are unchanged: the cell's settings, the declared {@link #dependsOn()} parameters,
 * and {@link #dataVersion} (for data stored elsewhere, such as a cluster's records).
 *
 * @param <C> the cell type it evaluates
 */
public interface CellEvaluator<C extends Cell> {

    /** The cell type this evaluator handles. */
    Class<C> cellType();

    /** The notebook parameters the results depend on; a change of any other parameter keeps the cached results. */
    Set<NotebookParameter> dependsOn();

    /**
     * A fingerprint of the stored data the results read beyond the parameters (for example the version numbers of
     * the cluster's yearly records); a change recomputes the cell. The default is for cells that read no stored data.
     */
    default String dataVersion(C cell, NotebookParameters parameters) {
        return "";
    }

    /**
     * Whether computing a cell of this kind may take long (a Monte Carlo, an input-output computation). An
     * evaluation computes such cells after the quick ones, so that a reader sees those first.
     */
    default boolean slow() {
        return false;
    }

    /**
     * The cell's results, in display order (a diagnosis may give a text, a table and a chart).
     *
     * @throws CellEvaluationException (or any runtime exception) when the cell cannot be computed; the notebook shows
     *                                 a {@link FailedResult} with the message
     */
    List<CellResult> evaluate(C cell, NotebookParameters parameters);
}
