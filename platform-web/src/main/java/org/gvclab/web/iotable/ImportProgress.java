package org.gvclab.web.iotable;

/** Receives the progress of an upload, on the worker thread (views hand it to their UI with {@code UI.access}). */
@FunctionalInterface
public interface ImportProgress {

    /**
     * @param phase    the current step
     * @param fraction how far that step is, 0–1, or a negative number when it cannot tell
     */
    void update(ImportPhase phase, double fraction);

    /** A listener that ignores everything. */
    static ImportProgress none() {
        return (phase, fraction) -> {
        };
    }
}
