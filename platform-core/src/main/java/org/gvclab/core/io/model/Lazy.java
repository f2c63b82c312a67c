package org.gvclab.core.io.model;

import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A result computed once, on first use, by the first thread that asks (others wait for it). Each result has its
 * own lock: the computations form a directed acyclic graph (B needs the factorisation, KWW needs B, …), so waiting
 * on a dependency never closes a cycle.
 */
final class Lazy<T> {

    /** With {@code -Dgvclab.trace=true} each computation prints its time to stderr (for profiling). */
    private static final boolean TRACE = Boolean.getBoolean("gvclab.trace");

    private final String name;
    private final Supplier<T> compute;
    private volatile @Nullable T value;

    Lazy(String name, Supplier<T> compute) {
        this.name = name;
        this.compute = compute;
    }

    T get() {
        T v = value;
        if (v != null) {
            return v;
        }
        synchronized (this) {
            v = value;
            if (v == null) {
                long t0 = System.nanoTime();
                v = compute.get();
                if (TRACE) {
                    System.err.printf(Locale.ROOT, "  [io] %-10s %8.1f ms%n", name, (System.nanoTime() - t0) / 1e6);
                }
                value = v;
            }
            return v;
        }
    }

    boolean isDone() {
        return value != null;
    }
}
