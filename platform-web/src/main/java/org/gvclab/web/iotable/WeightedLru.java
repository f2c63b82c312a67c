package org.gvclab.web.iotable;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * A small least-recently-used cache bounded by the total weight of its values (bytes, or 1 per value for a
 * count bound). A value heavier than the whole budget is not kept. Thread-safe.
 */
final class WeightedLru<K, V> {

    private final long budget;
    private final ToLongFunction<V> weigher;
    private final LinkedHashMap<K, V> map = new LinkedHashMap<>(16, 0.75f, true);
    private long weight;

    WeightedLru(long budget, ToLongFunction<V> weigher) {
        this.budget = budget;
        this.weigher = weigher;
    }

    synchronized @Nullable V get(K key) {
        return map.get(key);
    }

    synchronized void put(K key, V value) {
        long w = weigher.applyAsLong(value);
        V old = map.remove(key);
        if (old != null) {
            weight -= weigher.applyAsLong(old);
        }
        if (w > budget) {
            return;
        }
        map.put(key, value);
        weight += w;
        Iterator<Map.Entry<K, V>> eldest = map.entrySet().iterator();
        while (weight > budget && eldest.hasNext()) {
            Map.Entry<K, V> e = eldest.next();
            weight -= weigher.applyAsLong(e.getValue());
            eldest.remove();
        }
    }

    /** Removes every entry whose key matches. */
    synchronized void removeIf(java.util.function.Predicate<K> which) {
        Iterator<Map.Entry<K, V>> it = map.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<K, V> e = it.next();
            if (which.test(e.getKey())) {
                weight -= weigher.applyAsLong(e.getValue());
                it.remove();
            }
        }
    }

    synchronized int size() {
        return map.size();
    }
}
