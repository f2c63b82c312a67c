package org.gvclab.web.base.job;

/**
 * A long computation run by {@link JobService}: pure work on data read before or read through services (which
 * check the caller's scope, propagated to the worker thread).
 *
 * @param <T> what it computes
 */
@FunctionalInterface
public interface JobTask<T> {

    /** Does the work, reporting to {@code context}; a {@link java.util.concurrent.CancellationException} stops it. */
    T run(JobContext context) throws Exception;
}
