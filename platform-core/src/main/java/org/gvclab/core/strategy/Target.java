package org.gvclab.core.strategy;

import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;

/**
 * Which firms a lever's money goes to. Targeting changes how much capability a unit of budget buys (absorptive
 * capacity; parameters {@code lead_firm_targeting_multiplier}, {@code small_firm_targeting_multiplier}) and the
 * concentration of the cluster's sales (CR4, parameter {@code targeting_concentration}); both are *assumptions*.
 */
public enum Target {
    /** Open to every firm of the cluster: no change in concentration. */
    ALL_FIRMS(Msg.of("strategy.target.all_firms")),
    /** Concentrated on the lead firms (the snake path's "lead firm at the top of the pyramid"): CR4 rises. */
    LEAD_FIRMS(Msg.of("strategy.target.lead_firms")),
    /** Reserved for small and medium firms: CR4 falls. */
    SMALL_FIRMS(Msg.of("strategy.target.small_firms"));

    private final LocalizedText label;

    Target(LocalizedText label) {
        this.label = label;
    }

    /** The bilingual label. */
    public LocalizedText label() {
        return label;
    }
}
