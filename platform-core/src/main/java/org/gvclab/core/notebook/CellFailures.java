package org.gvclab.core.notebook;

import org.gvclab.core.base.LocalizedText;

/**
 * What the reader is told when a cell's evaluator fails with an exception it did not mean for the reader (anything
 * but a {@link CellEvaluationException}). The host application logs the detail and says something useful; the
 * default repeats the exception's message.
 */
@FunctionalInterface
public interface CellFailures {

    /** Repeats the exception's message (or its type when it has none). */
    CellFailures MESSAGE = (cell, e) -> LocalizedText.of(e.getMessage() != null ? e.getMessage()
            : e.getClass().getSimpleName());

    /** The text shown in place of {@code cell}'s results. */
    LocalizedText describe(Cell cell, RuntimeException e);
}
