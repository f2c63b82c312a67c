package org.gvclab.web.base.job;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A long computation submitted to {@link JobService}: its id (in the log), its progress, its result and a way to
 * cancel it. Cancelling completes {@link #result()} at once with a {@link CancellationException}; the work itself
 * stops at its next {@link JobContext#checkCancelled()} (a job still waiting in the queue never starts).
 *
 * @param <T> what it computes
 */
public final class Job<T> {

    private final String id;
    private final String name;
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile double progress;

    Job(String id, String name) {
        this.id = id;
        this.name = name;
    }

    /** A short id, as the log shows it. */
    public String id() {
        return id;
    }

    /** What the job does, in the words of the log. */
    public String name() {
        return name;
    }

    /** Completes with the result, or with the failure of the work, or with a {@link CancellationException}. */
    public CompletableFuture<T> result() {
        return result;
    }

    /** The last progress reported, 0–1 (negative while the work cannot tell). */
    public double progress() {
        return progress;
    }

    /** Asks the work to stop; the result completes as cancelled at once. */
    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            result.completeExceptionally(new CancellationException(name + " cancelled"));
        }
    }

    /** Whether {@link #cancel()} was called. */
    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Whether the job finished in any way (done, failed or cancelled). */
    public boolean isDone() {
        return result.isDone();
    }

    void progress(double fraction) {
        progress = fraction;
    }

    @Override
    public String toString() {
        return "job " + id + " (" + name + ")";
    }
}
