package org.gvclab.web.base.job;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Where every long computation of the application runs (strategy comparisons, notebook evaluations, IO table
 * uploads and indicators): off the user-interface thread, on bounded lanes of worker threads, with progress,
 * cancellation and one log line per outcome. What the user is told about a failure comes from
 * {@link org.gvclab.web.base.UserErrors} (a message they can act on, or an incident id).
 *
 * <p>The {@link #COMPUTE} lane has one thread per core and room for 50 waiting jobs, so that a crowd of users cannot
 * start more parallel computations than the machine has cores. A feature with other needs (the IO engine runs one
 * heavy table at a time to fit the heap) asks for its own lane.
 */
@Service
public class JobService implements DisposableBean {

    /** The lane of ordinary computations started from the user interface. */
    public static final String COMPUTE = "compute";

    private final AtomicInteger sequence = new AtomicInteger();
    private final Map<String, JobLane> lanes = new ConcurrentHashMap<>();
    private final JobLane compute;

    public JobService() {
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        this.compute = lane(COMPUTE, cores, 50, "job.error.busy");
    }

    /**
     * Starts {@code task} on the compute lane.
     *
     * @param name     what the job does, for the log ("strategy comparison for cluster 3")
     * @param listener hears progress and notices, on the worker thread
     */
    public <T> Job<T> start(String name, JobTask<T> task, JobListener listener) {
        return compute.start(name, task, listener);
    }

    /**
     * The lane called {@code name}, made on first request.
     *
     * @param threads how many of its jobs run at once
     * @param queue   how many may wait; one more fails at once with {@code busyKey}
     * @param busyKey the translation key of the "busy, try again" message
     */
    public JobLane lane(String name, int threads, int queue, String busyKey) {
        return lanes.computeIfAbsent(name, n -> new JobLane(n, threads, queue, busyKey, sequence));
    }

    @Override
    public void destroy() {
        lanes.values().forEach(JobLane::shutdown);
    }
}
