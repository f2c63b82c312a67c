package org.gvclab.core.strategy;

import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;

/** The part of the projection model a parameter belongs to, for grouping it on screen. */
public enum ParameterGroup {
    DEMAND(Msg.of("strategy.parameter_group.demand")),
    CAPABILITY(Msg.of("strategy.parameter_group.capability")),
    FUNCTIONAL_MIX(Msg.of("strategy.parameter_group.functional_mix")),
    VALUE_ADDED(Msg.of("strategy.parameter_group.value_added")),
    LEVER_EFFECTS(Msg.of("strategy.parameter_group.lever_effects")),
    POLICY(Msg.of("strategy.parameter_group.policy")),
    /** Discounting and the cost of public funds, for the net present value of each strategy. */
    APPRAISAL(Msg.of("strategy.group.appraisal"));

    private final LocalizedText label;

    ParameterGroup(LocalizedText label) {
        this.label = label;
    }

    /** The bilingual label. */
    public LocalizedText label() {
        return label;
    }
}
