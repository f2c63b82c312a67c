package org.gvclab.web.workshop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Limits joining per client address with two sliding windows: at most {@code joinsPerMinute} attempts a minute
 * (a whole room behind one network address still gets in), and at most {@code failedJoinsPerWindow} wrong codes in
 * {@code failedJoinWindow} (guessing a 45-bit code at 30 tries per 10 minutes would take of the order of 10^7
 * years). In memory per node: behind a load balancer each node counts for itself, which multiplies the budget by
 * the number of nodes at most.
 */
@Component
public class JoinRateLimiter {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final int MAX_TRACKED = 100_000;
    private final Clock clock;
    private final WorkshopProperties properties;
    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public JoinRateLimiter(Clock clock, WorkshopProperties properties) {
        this.clock = clock;
        this.properties = properties;
    }

    /** Counts an attempt from {@code address}; false when the address has used up its budget (nothing is counted then). */
    public boolean tryAcquire(String address) {
        Instant now = clock.instant();
        if (isBlocked(address)) {
            return false;
        }
        Deque<Instant> a = attempts.computeIfAbsent(address, k -> new ArrayDeque<>());
        synchronized (a) {
            prune(a, now.minus(MINUTE));
            if (a.size() >= properties.joinsPerMinute()) {
                return false;
            }
            a.addLast(now);
        }
        evictIfLarge(now);
        return true;
    }

    /** Records a wrong code from {@code address}. */
    public void recordFailure(String address) {
        Deque<Instant> f = failures.computeIfAbsent(address, k -> new ArrayDeque<>());
        synchronized (f) {
            f.addLast(clock.instant());
        }
    }

    /** Whether {@code address} gave too many wrong codes recently, or made too many attempts this minute. */
    public boolean isBlocked(String address) {
        Instant now = clock.instant();
        Deque<Instant> f = failures.get(address);
        if (f != null) {
            synchronized (f) {
                prune(f, now.minus(properties.failedJoinWindow()));
                if (f.size() >= properties.failedJoinsPerWindow()) {
                    return true;
                }
            }
        }
        Deque<Instant> a = attempts.get(address);
        if (a != null) {
            synchronized (a) {
                prune(a, now.minus(MINUTE));
                return a.size() >= properties.joinsPerMinute();
            }
        }
        return false;
    }

    private static void prune(Deque<Instant> window, Instant before) {
        while (!window.isEmpty() && !window.peekFirst().isAfter(before)) {
            window.removeFirst();
        }
    }

    /** Keeps memory bounded under a flood of distinct addresses: drops windows that hold nothing recent. */
    private void evictIfLarge(Instant now) {
        if (attempts.size() + failures.size() > MAX_TRACKED) {
            attempts.values().removeIf(d -> {
                synchronized (d) {
                    prune(d, now.minus(MINUTE));
                    return d.isEmpty();
                }
            });
            failures.values().removeIf(d -> {
                synchronized (d) {
                    prune(d, now.minus(properties.failedJoinWindow()));
                    return d.isEmpty();
                }
            });
        }
    }
}
