package org.gvclab.core.notebook;

import org.jspecify.annotations.Nullable;

/** A notebook parameter a cell evaluator can depend on; only declared ones invalidate its cached result. */
public enum NotebookParameter {
    CLUSTER, YEARS, SCENARIO, IO_TABLE;

    /** The parameter's value in {@code parameters} as text (for hashing), or null when not set. */
    @Nullable String valueIn(NotebookParameters parameters) {
        return switch (this) {
            case CLUSTER -> parameters.clusterId();
            case YEARS -> parameters.years().isEmpty() ? null : parameters.years().toString();
            case SCENARIO -> parameters.scenarioId();
            case IO_TABLE -> parameters.ioTableId();
        };
    }
}
