package org.gvclab.core.notebook;

import java.util.Objects;
import org.gvclab.core.base.LocalizedText;

/**
 * A cell that could not be computed, with the reason (for example "the notebook has no cluster"). Renderers show
 * it as a notice so the reader sees the gap; failures are never cached, so the next evaluation tries again.
 *
 * @param cellId  the failed cell
 * @param message what went wrong, in words a user can act on, in both languages
 */
public record FailedResult(String cellId, LocalizedText message) implements CellResult {

    public FailedResult {
        Objects.requireNonNull(cellId, "cellId");
        Objects.requireNonNull(message, "message");
    }

    /** A failure whose reason reads the same in both languages (or was only written in one). */
    public FailedResult(String cellId, String message) {
        this(cellId, LocalizedText.of(message));
    }

    @Override
    public Provenance provenance() {
        return Provenance.none();
    }
}
