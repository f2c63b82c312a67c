package org.gvclab.web.base.job;

import org.gvclab.web.base.UserMessage;

/**
 * Hears what a running job reports, on the worker thread (views hand it to their UI with {@code UI.access}; see
 * {@code JobUi}). Progress arrives at most once per percent.
 */
public interface JobListener {

    /** A listener that ignores everything. */
    JobListener NONE = new JobListener() {
    };

    /** @param fraction 0–1, or negative while the job cannot tell */
    default void progress(double fraction) {
    }

    /** A message for the user that does not stop the job. */
    default void notice(UserMessage message) {
    }
}
