package org.gvclab.core.io.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;

/** Splits loops over rows across the available cores (the machines here have two); shared by every IO package. */
public final class Parallel {

    /** Below this many iterations the work stays on the calling thread. */
    private static final int MIN_PARALLEL = 64;

    private Parallel() {
    }

    /** A body over a half-open index range. */
    @FunctionalInterface
    public interface RangeBody {
        void run(int from, int to);
    }

    public static int threads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** Runs {@code body} over [0, n) in contiguous chunks, one per core, and waits for all. */
    public static void forRange(int n, RangeBody body) {
        int t = threads();
        if (t == 1 || n < MIN_PARALLEL) {
            body.run(0, n);
            return;
        }
        int chunks = Math.min(t * 4, n);
        List<Future<?>> futures = new ArrayList<>(chunks);
        ForkJoinPool pool = ForkJoinPool.commonPool();
        for (int c = 1; c < chunks; c++) {
            int from = (int) ((long) n * c / chunks);
            int to = (int) ((long) n * (c + 1) / chunks);
            futures.add(pool.submit(() -> body.run(from, to)));
        }
        body.run(0, (int) ((long) n / chunks));
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            }
        }
    }
}
