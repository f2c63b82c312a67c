package org.gvclab.core.notebook;

import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The parameters every cell of a notebook may read: which cluster, which years, which strategy scenario and which
 * input-output table. Each is optional; a cell evaluator that needs an absent one reports it.
 *
 * @param clusterId  the cluster's id, or null
 * @param years      the years to show, ascending and without repeats (empty when none chosen)
 * @param scenarioId the strategy scenario's id, or null
 * @param ioTableId  the input-output table's id, or null
 */
public record NotebookParameters(@Nullable String clusterId, List<Integer> years, @Nullable String scenarioId,
                                 @Nullable String ioTableId) {

    public NotebookParameters {
        years = List.copyOf(new TreeSet<>(years == null ? List.of() : years));
    }

    /** No parameters chosen yet. */
    public static NotebookParameters none() {
        return new NotebookParameters(null, List.of(), null, null);
    }
}
