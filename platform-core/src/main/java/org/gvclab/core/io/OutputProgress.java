package org.gvclab.core.io;

import org.gvclab.core.io.decompose.IndicatorId;

/**
 * Receives the progress of a run over several outputs ({@link IoOutputs}), one call when an output starts and one
 * when it is finished, on the thread that runs the outputs (a user interface hands it to its own thread).
 */
@FunctionalInterface
public interface OutputProgress {

    /**
     * @param output   the output
     * @param index    its position in the run, 0-based
     * @param total    how many outputs the run has
     * @param finished false when the output starts, true when it is computed (and written, when writing)
     */
    void update(IndicatorId output, int index, int total, boolean finished);

    /** A listener that ignores everything. */
    static OutputProgress none() {
        return (output, index, total, finished) -> {
        };
    }
}
