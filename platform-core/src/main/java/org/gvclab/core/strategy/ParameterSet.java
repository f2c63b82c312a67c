package org.gvclab.core.strategy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.gvclab.core.base.Msg;
import org.gvclab.core.base.LocalizedText;

/**
 * The values of every parameter of the projection model, immutable. {@link #defaults()} holds the generic
 * defaults; {@link ClusterBaseline#parameters()} replaces the growth rates by the cluster's own history;
 * {@link #withOverrides(Map)} applies a user's or a scenario's changes, each checked against the allowed range.
 *
 * <p>Override keys: {@code id} sets the value, {@code id:low} and {@code id:high} set the uncertainty range. A
 * value outside the current uncertainty range widens the range to reach it (unless the range is set too).
 */
public final class ParameterSet {

    private static final Param[] ALL = Param.values();
    /** Suffix of an override of the lower end of a range, e.g. {@code rd_depreciation:low}. */
    public static final String LOW_SUFFIX = ":low";
    /** Suffix of an override of the upper end of a range, e.g. {@code rd_depreciation:high}. */
    public static final String HIGH_SUFFIX = ":high";

    private final double[] values;
    private final double[] lows;
    private final double[] highs;
    private final boolean[] assumption;
    private final LocalizedText[] sources;
    private final Map<String, Double> overrides;

    private ParameterSet(double[] values, double[] lows, double[] highs, boolean[] assumption, LocalizedText[] sources,
                         Map<String, Double> overrides) {
        this.values = values;
        this.lows = lows;
        this.highs = highs;
        this.assumption = assumption;
        this.sources = sources;
        this.overrides = Map.copyOf(overrides);
    }

    /** The generic defaults of every parameter. */
    public static ParameterSet defaults() {
        int n = ALL.length;
        double[] v = new double[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        boolean[] a = new boolean[n];
        LocalizedText[] s = new LocalizedText[n];
        for (Param p : ALL) {
            v[p.ordinal()] = p.value;
            lo[p.ordinal()] = p.distribution == Distribution.FIXED ? p.value : p.low;
            hi[p.ordinal()] = p.distribution == Distribution.FIXED ? p.value : p.high;
            a[p.ordinal()] = p.assumption;
            s[p.ordinal()] = p.source;
        }
        return new ParameterSet(v, lo, hi, a, s, Map.of());
    }

    /** Every parameter with its current value, in catalogue order. */
    public List<Parameter> parameters() {
        List<Parameter> out = new ArrayList<>(ALL.length);
        for (Param p : ALL) {
            out.add(parameter(p));
        }
        return List.copyOf(out);
    }

    /** One parameter by id; {@link ParameterOverrideException} naming the id when there is none. */
    public Parameter parameter(String id) {
        return parameter(find(id, id));
    }

    /** The value of a parameter by id. */
    public double value(String id) {
        return values[find(id, id).ordinal()];
    }

    /** The overrides applied so far, by key (what a scenario stores). */
    public Map<String, Double> overrides() {
        return overrides;
    }

    /** Whether the parameter's value or range was overridden. */
    public boolean overridden(String id) {
        return overrides.containsKey(id) || overrides.containsKey(id + LOW_SUFFIX) || overrides.containsKey(id + HIGH_SUFFIX);
    }

    /**
     * A copy with the overrides applied on top of this set.
     *
     * @throws ParameterOverrideException for an unknown id, a non-finite value, a value outside [min, max], or a
     *                                    range that does not contain the value
     */
    public ParameterSet withOverrides(Map<String, Double> changes) {
        double[] v = values.clone();
        double[] lo = lows.clone();
        double[] hi = highs.clone();
        boolean[] a = assumption.clone();
        LocalizedText[] s = sources.clone();
        Map<String, Double> all = new LinkedHashMap<>(overrides);
        boolean[] rangeSet = new boolean[ALL.length];
        // values first, then ranges, so that a range given together with a value is checked against that value
        for (Map.Entry<String, Double> e : changes.entrySet()) {
            String key = e.getKey();
            if (key.endsWith(LOW_SUFFIX) || key.endsWith(HIGH_SUFFIX)) {
                continue;
            }
            Param p = find(key, key);
            double x = checked(p, key, e.getValue());
            v[p.ordinal()] = x;
            if (p.distribution == Distribution.FIXED) {
                lo[p.ordinal()] = x;
                hi[p.ordinal()] = x;
            }
            a[p.ordinal()] = false;
            s[p.ordinal()] = Msg.of("strategy.parameter.user_set", num(p.value), p.source);
            all.put(key, x);
        }
        for (Map.Entry<String, Double> e : changes.entrySet()) {
            String key = e.getKey();
            boolean low = key.endsWith(LOW_SUFFIX);
            if (!low && !key.endsWith(HIGH_SUFFIX)) {
                continue;
            }
            Param p = find(key.substring(0, key.length() - (low ? LOW_SUFFIX : HIGH_SUFFIX).length()), key);
            if (p.distribution == Distribution.FIXED) {
                throw new ParameterOverrideException(key, Msg.of("strategy.parameter.fixed", p.id, p.name));
            }
            double x = checked(p, key, e.getValue());
            if (low) {
                lo[p.ordinal()] = x;
            } else {
                hi[p.ordinal()] = x;
            }
            rangeSet[p.ordinal()] = true;
            all.put(key, x);
        }
        for (Param p : ALL) {
            int i = p.ordinal();
            if (v[i] < lo[i] || v[i] > hi[i]) {
                if (rangeSet[i]) {
                    throw new ParameterOverrideException(p.id, Msg.of("strategy.parameter.range_excludes", p.id, p.name, num(lo[i]), num(hi[i]), num(v[i])));
                }
                lo[i] = Math.min(lo[i], v[i]);
                hi[i] = Math.max(hi[i], v[i]);
            }
        }
        return new ParameterSet(v, lo, hi, a, s, all);
    }

    /** A copy with a value taken from the cluster's data (not an override, not an assumption). */
    ParameterSet withDerived(Param p, double value, double low, double high, LocalizedText source) {
        double[] v = values.clone();
        double[] lo = lows.clone();
        double[] hi = highs.clone();
        boolean[] a = assumption.clone();
        LocalizedText[] s = sources.clone();
        int i = p.ordinal();
        v[i] = clamp(value, p.min, p.max);
        lo[i] = p.distribution == Distribution.FIXED ? v[i] : clamp(Math.min(low, v[i]), p.min, v[i]);
        hi[i] = p.distribution == Distribution.FIXED ? v[i] : clamp(Math.max(high, v[i]), v[i], p.max);
        a[i] = false;
        s[i] = source;
        return new ParameterSet(v, lo, hi, a, s, overrides);
    }

    /** The value vector indexed by {@link Param#ordinal()}, a copy. */
    double[] vector() {
        return values.clone();
    }

    /**
     * One Monte Carlo draw of the value vector: a uniform variate is taken for every uncertain parameter in
     * catalogue order (fixed ones take none), so the same generator state gives the same draw.
     */
    double[] draw(SplittableRandom random) {
        double[] out = values.clone();
        for (Param p : ALL) {
            int i = p.ordinal();
            if (p.distribution != Distribution.FIXED && highs[i] > lows[i]) {
                out[i] = p.distribution.draw(values[i], lows[i], highs[i], random.nextDouble());
            }
        }
        return out;
    }

    private Parameter parameter(Param p) {
        int i = p.ordinal();
        Distribution d = p.distribution;
        return new Parameter(p.id, p.group, p.name, p.description, p.unit, values[i], p.min, p.max, d, lows[i], highs[i],
                assumption[i], sources[i]);
    }

    private static Param find(String id, String key) {
        for (Param p : ALL) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        throw new ParameterOverrideException(key, Msg.of("strategy.parameter.unknown", id));
    }

    private static double checked(Param p, String key, Double x) {
        if (x == null || !Double.isFinite(x) || x < p.min || x > p.max) {
            throw new ParameterOverrideException(key, Msg.of("strategy.parameter.out_of_range", key, p.name, String.valueOf(x), num(p.min), num(p.max), p.unit));
        }
        return x;
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }

    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(java.util.Locale.ROOT, "%.4g", v).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterSet p && Arrays.equals(values, p.values) && Arrays.equals(lows, p.lows)
                && Arrays.equals(highs, p.highs);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + Arrays.hashCode(lows) * 17 + Arrays.hashCode(highs);
    }

    @Override
    public String toString() {
        return "ParameterSet" + overrides;
    }
}
