package org.gvclab.core.strategy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gvclab.core.indicator.Ahp;

/**
 * The weights of the ranking criteria: equal, set by hand, or the priorities of an AHP comparison (a workshop's
 * {@link Ahp.Result#weights()}). The numbers themselves are stored so that a saved scenario ranks the same way
 * even if the workshop is later changed.
 *
 * @param kind    equal, manual or AHP
 * @param weights by criterion (empty for equal weights); scaled to add up to 1 over the criteria used
 * @param source  where AHP or manual weights come from (e.g. the workshop and its consistency ratio); may be empty
 */
public record Weighting(Kind kind, Map<Outcome, Double> weights, String source) {

    /** How the weights were set. */
    public enum Kind { EQUAL, MANUAL, AHP }

    public Weighting {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Map<Outcome, Double> m = new EnumMap<>(Outcome.class);
        m.putAll(weights);
        for (Map.Entry<Outcome, Double> e : m.entrySet()) {
            if (e.getValue() == null || !Double.isFinite(e.getValue()) || e.getValue() < 0) {
                throw new IllegalArgumentException("weight of " + e.getKey().id() + " must be finite and ≥ 0, got " + e.getValue());
            }
        }
        if (kind == Kind.EQUAL && !m.isEmpty()) {
            throw new IllegalArgumentException("equal weighting takes no weights");
        }
        weights = java.util.Collections.unmodifiableMap(m);
    }

    /** Equal weights. */
    public static Weighting equal() {
        return new Weighting(Kind.EQUAL, Map.of(), "");
    }

    /** Weights set by hand. */
    public static Weighting manual(Map<Outcome, Double> weights) {
        return new Weighting(Kind.MANUAL, weights, "");
    }

    /**
     * The priorities of an AHP comparison of the criteria, in the order they were compared.
     *
     * @param criteria the criteria in the order of the pairwise matrix's rows
     * @param result   the AHP result
     * @param source   e.g. the workshop's name and date; the consistency ratio is appended
     */
    public static Weighting ahp(List<Outcome> criteria, Ahp.Result result, String source) {
        if (criteria.size() != result.weights().length) {
            throw new IllegalArgumentException(criteria.size() + " criteria but the AHP matrix is "
                    + result.weights().length + "×" + result.weights().length);
        }
        Map<Outcome, Double> m = new EnumMap<>(Outcome.class);
        for (int i = 0; i < criteria.size(); i++) {
            if (m.put(criteria.get(i), result.weights()[i]) != null) {
                throw new IllegalArgumentException("criterion " + criteria.get(i).id() + " appears twice");
            }
        }
        String cr = "CR = " + String.format(java.util.Locale.ROOT, "%.3f", result.cr());
        return new Weighting(Kind.AHP, m, source.isBlank() ? cr : source + ", " + cr);
    }

    /** The weights of the criteria, in their order, scaled to add up to 1. */
    double[] of(List<Outcome> criteria) {
        double[] w = new double[criteria.size()];
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            if (kind == Kind.EQUAL) {
                w[i] = 1;
            } else {
                Double x = weights.get(criteria.get(i));
                if (x == null) {
                    throw new IllegalArgumentException("no " + kind.name().toLowerCase(java.util.Locale.ROOT)
                            + " weight for the criterion " + criteria.get(i).id());
                }
                w[i] = x;
            }
            sum += w[i];
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("the weights of the criteria " + criteria.stream().map(Outcome::id).toList()
                    + " add up to zero");
        }
        for (int i = 0; i < w.length; i++) {
            w[i] /= sum;
        }
        return w;
    }
}
