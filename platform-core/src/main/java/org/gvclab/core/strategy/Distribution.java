package org.gvclab.core.strategy;

import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;

/**
 * How the Monte Carlo draws a parameter: not at all (fixed at its value), uniformly over its uncertainty range, or
 * from the triangular distribution with the value as mode and the range as support.
 */
public enum Distribution {
    FIXED(Msg.of("strategy.distribution.fixed")),
    UNIFORM(Msg.of("strategy.distribution.uniform")),
    TRIANGULAR(Msg.of("strategy.distribution.triangular"));

    private final LocalizedText label;

    Distribution(LocalizedText label) {
        this.label = label;
    }

    /** The bilingual label. */
    public LocalizedText label() {
        return label;
    }

    /**
     * One draw by inversion of the distribution function at {@code u ∈ [0, 1)}: uniform {@code a + u (b − a)};
     * triangular {@code a + sqrt(u (b − a)(c − a))} for {@code u < (c − a)/(b − a)}, else
     * {@code b − sqrt((1 − u)(b − a)(b − c))} (mode c). A degenerate range returns the value.
     */
    double draw(double value, double low, double high, double u) {
        if (this == FIXED || !(high > low)) {
            return value;
        }
        if (this == UNIFORM) {
            return low + u * (high - low);
        }
        double span = high - low;
        double f = (value - low) / span;
        return u < f ? low + Math.sqrt(u * span * (value - low)) : high - Math.sqrt((1 - u) * span * (high - value));
    }
}
