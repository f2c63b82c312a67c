package org.gvclab.core.indicator;

import java.util.Arrays;
import java.util.List;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;

/**
 * What an indicator informs: one of the five factor groups of the framework (the drivers of lock-in), the outcomes of
 * lock-in that make up the lock-in index, one of the ways out (domestic demand, the spider and snake paths), value
 * capture, agglomeration, or a policy input that is reported but never scored (docs/model.md).
 */
public enum Group {
    TECHNOLOGY_GAP(true, Msg.of("indicator.group.technology_gap")),
    RULES_AND_STANDARDS(true, Msg.of("indicator.group.rules_and_standards")),
    NATIONAL_STRATEGY(true, Msg.of("indicator.group.national_strategy")),
    INTERNATIONAL_POLITICS(true, Msg.of("indicator.group.international_politics")),
    INDUSTRIAL_INNOVATION(true, Msg.of("indicator.group.industrial_innovation")),
    DOMESTIC_DEMAND(false, Msg.of("indicator.group.domestic_demand")),
    SPIDER_PATH(false, Msg.of("indicator.group.spider_path")),
    SNAKE_PATH(false, Msg.of("indicator.group.snake_path")),
    VALUE_CAPTURE(false, Msg.of("indicator.group.value_capture")),
    AGGLOMERATION(false, Msg.of("indicator.group.agglomeration")),
    /**
     * The outcomes of low-end lock-in that make up the lock-in index (docs/model.md, "Lock-in index"): value-added
     * rate, domestic value added in exports (IO link), OBM share, export price position.
     */
    LOCK_IN_OUTCOME(false, Msg.of("indicator.group.lock_in_outcome")),
    /** Policy inputs such as public spending: reported, never scored (spending is not evidence of less lock-in). */
    POLICY_INPUT(false, Msg.of("indicator.group.policy_input"));

    private final boolean factor;
    private final LocalizedText label;

    Group(boolean factor, LocalizedText label) {
        this.factor = factor;
        this.label = label;
    }

    /** Whether this is one of the five factor groups that make up the lock-in index. */
    public boolean isFactor() {
        return factor;
    }

    /** The bilingual label. */
    public LocalizedText label() {
        return label;
    }

    /** The five factor groups, in the framework's order. */
    public static List<Group> factors() {
        return Arrays.stream(values()).filter(Group::isFactor).toList();
    }
}
