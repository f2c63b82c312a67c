package org.gvclab.core.notebook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A notebook with the results of every cell, which views and reports draw.
 *
 * @param document   the document that was evaluated
 * @param results    each cell's results by cell id, in document order
 * @param recomputed the ids of the cells computed in this evaluation (the others came from the cache)
 */
public record EvaluatedNotebook(NotebookDocument document, Map<String, List<CellResult>> results,
                                Set<String> recomputed) {

    public EvaluatedNotebook {
        Objects.requireNonNull(document, "document");
        Map<String, List<CellResult>> ordered = new LinkedHashMap<>();
        for (Cell cell : document.cells()) {
            List<CellResult> r = results.get(cell.id());
            if (r == null) {
                throw new IllegalArgumentException("notebook '" + document.title() + "': no results for cell '"
                        + cell.id() + "'");
            }
            ordered.put(cell.id(), List.copyOf(r));
        }
        results = java.util.Collections.unmodifiableMap(ordered);
        recomputed = Set.copyOf(recomputed);
    }

    /** The results of the cell with id {@code cellId}, in display order. */
    public List<CellResult> resultsOf(String cellId) {
        List<CellResult> r = results.get(cellId);
        if (r == null) {
            throw new IllegalArgumentException("notebook '" + document.title() + "' has no cell '" + cellId + "'");
        }
        return r;
    }

    /** Every result in document order. */
    public List<CellResult> allResults() {
        return results.values().stream().flatMap(List::stream).toList();
    }
}
