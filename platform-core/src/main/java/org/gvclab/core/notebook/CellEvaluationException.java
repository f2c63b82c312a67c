package org.gvclab.core.notebook;

import org.gvclab.core.base.LocalizedText;

/** A cell that cannot be computed for a reason the user can fix (no cluster chosen, no data for a year). */
public final class CellEvaluationException extends RuntimeException {

    private final LocalizedText text;

    /** With a message that says what to do, in both languages. */
    public CellEvaluationException(LocalizedText text) {
        super(text.en());
        this.text = text;
    }

    /** With a message that says what to do, in both languages, and the underlying failure. */
    public CellEvaluationException(LocalizedText text, Throwable cause) {
        super(text.en(), cause);
        this.text = text;
    }

    /** With a message that says what to do. */
    public CellEvaluationException(String message) {
        this(LocalizedText.of(message));
    }

    /** With a message that says what to do, and the underlying failure. */
    public CellEvaluationException(String message, Throwable cause) {
        this(LocalizedText.of(message), cause);
    }

    /** What to do, in both languages; the notebook shows it in place of the cell's results. */
    public LocalizedText text() {
        return text;
    }
}
