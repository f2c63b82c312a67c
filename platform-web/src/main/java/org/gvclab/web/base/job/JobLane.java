package org.gvclab.web.base.job;

import java.util.concurrent.CancellationException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gvclab.web.base.UserFacingException;
import org.gvclab.web.base.UserMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A bounded pool of worker threads for one kind of job, made by {@link JobService#lane}: at most {@code threads}
 * jobs run at once, at most {@code queue} wait; a job beyond that fails at once with the lane's "busy" message
 * instead of piling up. The signed-in user's security context goes along to the worker, so services called from
 * the job check the caller's jurisdictions as they would on the request thread.
 */
public final class JobLane {

    private static final Logger log = LoggerFactory.getLogger(JobLane.class);
    private static final ThreadLocal<JobContext> CURRENT = new ThreadLocal<>();
    private static final JobContext OUTSIDE = new JobContext() {
        @Override
        public void progress(double fraction) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public void notice(UserMessage message) {
        }
    };

    private final String name;
    private final String busyKey;
    private final ThreadPoolExecutor executor;
    private final AtomicInteger sequence;

    JobLane(String name, int threads, int queue, String busyKey, AtomicInteger sequence) {
        if (threads < 1 || queue < 1) {
            throw new IllegalArgumentException("lane " + name + ": threads and queue must be at least 1, were "
                    + threads + " and " + queue);
        }
        this.name = name;
        this.busyKey = busyKey;
        this.sequence = sequence;
        AtomicInteger count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(queue), runnable -> {
                    Thread t = new Thread(runnable, "gvclab-" + name + "-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** The lane's name (also in its threads' names). */
    public String name() {
        return name;
    }

    /**
     * Starts {@code task} on this lane.
     *
     * @param jobName  what the job does, for the log
     * @param listener hears progress and notices on the worker thread
     */
    public <T> Job<T> start(String jobName, JobTask<T> task, JobListener listener) {
        Job<T> job = new Job<>(Integer.toString(sequence.incrementAndGet(), 36), jobName);
        SecurityContext security = SecurityContextHolder.getContext();
        try {
            executor.execute(() -> run(job, task, listener, security));
        } catch (RejectedExecutionException e) {
            log.warn("{} refused: lane {} is full", job, name);
            job.result().completeExceptionally(new UserFacingException(busyKey));
        }
        return job;
    }

    private <T> void run(Job<T> job, JobTask<T> task, JobListener listener, SecurityContext security) {
        if (job.isCancelled()) {
            return;
        }
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(security);
        long t0 = System.nanoTime();
        Context context = new Context(job, listener);
        CURRENT.set(context);
        try {
            T value = task.run(context);
            job.progress(1);
            job.result().complete(value);
            log.debug("{} finished in {} ms", job, millis(t0));
        } catch (CancellationException e) {
            job.cancel();
            log.debug("{} cancelled after {} ms", job, millis(t0));
        } catch (Throwable e) {
            // the consumer explains the failure to the user (UserErrors) and logs its detail there, once
            job.result().completeExceptionally(e);
            log.info("{} failed after {} ms: {}", job, millis(t0), e.toString());
        } finally {
            CURRENT.remove();
            SecurityContextHolder.setContext(before);
        }
    }

    /** The context of the job running on this thread, or one that is never cancelled. */
    static JobContext current() {
        JobContext c = CURRENT.get();
        return c != null ? c : OUTSIDE;
    }

    /** Whether the lane was shut down (the application is stopping): it accepts no new work. */
    public boolean isShutdown() {
        return executor.isShutdown();
    }

    /** Stops the workers (at shutdown). */
    void shutdown() {
        executor.shutdownNow();
    }

    private static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** Passes progress on at most once per percent, and notices as they come. */
    private static final class Context implements JobContext {
        private final Job<?> job;
        private final JobListener listener;
        private double reported = Double.NaN;

        Context(Job<?> job, JobListener listener) {
            this.job = job;
            this.listener = listener;
        }

        @Override
        public void progress(double fraction) {
            job.progress(fraction);
            boolean report;
            if (Double.isNaN(reported)) {
                report = true;
            } else if (fraction < 0) {
                report = reported >= 0;
            } else {
                report = reported < 0 || Math.abs(fraction - reported) >= 0.01 || fraction >= 1 && reported < 1;
            }
            if (report) {
                reported = fraction;
                listener.progress(fraction);
            }
        }

        @Override
        public boolean isCancelled() {
            return job.isCancelled();
        }

        @Override
        public void notice(UserMessage message) {
            listener.notice(message);
        }
    }
}
