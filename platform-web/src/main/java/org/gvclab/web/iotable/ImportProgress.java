package org.gvclab.web.iotable;

/** Receives the progress of an upload, on the worker thread (views hand it to their UI with {@code UI.access}). */
@FunctionalInterface
public interface ImportProgress {

    /**
     * @param phase    the current step
     * @param fraction how far that step is, 0–1, or a negative number when it cannot tell
     */
    void update(ImportPhase phase, double fraction);

    /**
     * This listener, hearing a new phase at once but the fractions within a phase at most every
     * {@code minMillis} milliseconds (and the end of a phase): a view's update pushes to the browser on the
     * reporting thread, which is the thread reading the file, so a report per percent would slow the reading down.
     */
    default ImportProgress throttled(long minMillis) {
        ImportProgress target = this;
        return new ImportProgress() {
            private ImportPhase last;
            private long lastNanos;

            @Override
            public synchronized void update(ImportPhase phase, double fraction) {
                long now = System.nanoTime();
                if (phase != last || fraction >= 1 || now - lastNanos >= minMillis * 1_000_000) {
                    last = phase;
                    lastNanos = now;
                    target.update(phase, fraction);
                }
            }
        };
    }

    /** A listener that ignores everything. */
    static ImportProgress none() {
        return (phase, fraction) -> {
        };
    }
}
