package org.gvclab.core.notebook;

/** A cell that cannot be computed for a reason the user can fix (no cluster chosen, no data for a year). */
public final class CellEvaluationException extends RuntimeException {

    /** With a message that says what to do. */
    public CellEvaluationException(String message) {
        super(message);
    }

    /** With a message that says what to do, and the underlying failure. */
    public CellEvaluationException(String message, Throwable cause) {
        super(message, cause);
    }
}
