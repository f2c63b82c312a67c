package org.gvclab.core.notebook;

import java.util.Objects;

/**
 * A cell that could not be computed, with the reason (for example "the notebook has no cluster"). Renderers show
 * it as a notice so the reader sees the gap; failures are never cached, so the next evaluation tries again.
 *
 * @param cellId  the failed cell
 * @param message what went wrong, in words a user can act on
 */
public record FailedResult(String cellId, String message) implements CellResult {

    public FailedResult {
        Objects.requireNonNull(cellId, "cellId");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public Provenance provenance() {
        return Provenance.none();
    }
}
