package org.gvclab.core.strategy;

import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;

/** The part of the projection model a parameter belongs to, for grouping it on screen. */
public enum ParameterGroup {
    DEMAND(new LocalizedText("需求与产出", "Demand and output")),
    CAPABILITY(new LocalizedText("能力资本", "Capability stocks")),
    FUNCTIONAL_MIX(new LocalizedText("功能结构（OEM/ODM/OBM）", "Functional mix (OEM/ODM/OBM)")),
    VALUE_ADDED(new LocalizedText("增加值（微笑曲线）", "Value added (smile curve)")),
    LEVER_EFFECTS(new LocalizedText("政策工具效果", "Lever effects")),
    POLICY(new LocalizedText("政策预算", "Policy budget")),
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
