package org.gvclab.web.base.job;

import java.util.concurrent.CancellationException;
import org.gvclab.web.base.UserMessage;

/** What a long computation sees of its job: it reports progress, looks for cancellation and tells the user things. */
public interface JobContext {

    /**
     * The context of the job running on this thread, so that code deep inside a job (a notebook cell's Monte Carlo)
     * can stop when the job is cancelled; outside a job, a context that is never cancelled and reports nowhere.
     */
    static JobContext current() {
        return JobLane.current();
    }

    /**
     * How far the work is.
     *
     * @param fraction 0–1, or a negative number while the work cannot tell
     */
    void progress(double fraction);

    /** Whether the user (or the view going away) asked to stop; long loops look at it between steps. */
    boolean isCancelled();

    /** Stops the work with a {@link CancellationException} when it was cancelled. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException("cancelled");
        }
    }

    /** A message for the user while the work goes on (a warning that does not stop it). */
    void notice(UserMessage message);
}
