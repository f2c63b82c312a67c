package org.gvclab.core.paradox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.TsvResource;
import org.gvclab.core.indicator.IndicatorCatalogue;

/**
 * The reference values the diagnosis scores a cluster against (docs/model.md, "Reference values"), maintained by an administrator.
 * {@link #defaults()} is the shipped set ({@code benchmarks-default.tsv}); every value in it that is not a sourced
 * statistic is flagged {@link BenchmarkValue#assumption()}.
 *
 * @param name   a name for the set, e.g. "National default 2022"
 * @param values by indicator id
 */
public record BenchmarkSet(String name, Map<String, BenchmarkValue> values) {

    private static final String RESOURCE = "benchmarks-default.tsv";

    public BenchmarkSet {
        Objects.requireNonNull(name, "name");
        values = Map.copyOf(values);
        for (Map.Entry<String, BenchmarkValue> e : values.entrySet()) {
            if (!e.getKey().equals(e.getValue().indicatorId())) {
                throw new IllegalArgumentException("benchmark keyed " + e.getKey() + " is for " + e.getValue().indicatorId());
            }
            if (IndicatorCatalogue.find(e.getKey()).isEmpty()) {
                throw new IllegalArgumentException("benchmark for unknown indicator " + e.getKey());
            }
        }
    }

    /** A set from a list of values (one per indicator). */
    public static BenchmarkSet of(String name, Collection<BenchmarkValue> values) {
        Map<String, BenchmarkValue> m = new LinkedHashMap<>();
        for (BenchmarkValue v : values) {
            if (m.put(v.indicatorId(), v) != null) {
                throw new IllegalArgumentException("two benchmarks for " + v.indicatorId());
            }
        }
        return new BenchmarkSet(name, m);
    }

    /** The value for an indicator, if the set has one. */
    public Optional<BenchmarkValue> find(String indicatorId) {
        return Optional.ofNullable(values.get(indicatorId));
    }

    /** A copy with one value added or replaced. */
    public BenchmarkSet with(BenchmarkValue v) {
        Map<String, BenchmarkValue> m = new LinkedHashMap<>(values);
        m.put(v.indicatorId(), v);
        return new BenchmarkSet(name, m);
    }

    /** The shipped default set. */
    public static BenchmarkSet defaults() {
        return Holder.DEFAULTS;
    }

    private static final class Holder {
        static final BenchmarkSet DEFAULTS = load();
    }

    private static BenchmarkSet load() {
        List<BenchmarkValue> out = new ArrayList<>();
        for (TsvResource.Row p : TsvResource.rows(BenchmarkSet.class, RESOURCE, 10)) {
            try {
                out.add(new BenchmarkValue(p.get(0), Double.parseDouble(p.get(1)), Double.parseDouble(p.get(2)),
                        Double.parseDouble(p.get(3)), p.get(6), Integer.parseInt(p.get(4)),
                        BenchmarkValue.Level.valueOf(p.get(5)), Boolean.parseBoolean(p.get(7)),
                        new LocalizedText(p.get(8), p.get(9))));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(RESOURCE + " line " + p.line() + ": " + e.getMessage(), e);
            }
        }
        return of("默认参考值 Default references", out);
    }
}
