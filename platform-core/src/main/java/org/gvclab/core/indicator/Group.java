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
    TECHNOLOGY_GAP(true, new LocalizedText("技术差距", "Technology gap")),
    RULES_AND_STANDARDS(true, new LocalizedText("规则与标准", "Rules and standards")),
    NATIONAL_STRATEGY(true, new LocalizedText("国家战略", "National strategy")),
    INTERNATIONAL_POLITICS(true, new LocalizedText("国际政治", "International politics")),
    INDUSTRIAL_INNOVATION(true, new LocalizedText("产业创新", "Industrial innovation")),
    DOMESTIC_DEMAND(false, new LocalizedText("内需动态比较优势", "Domestic-demand advantage")),
    SPIDER_PATH(false, new LocalizedText("蜘蛛型路径（平台）", "Spider path (platform)")),
    SNAKE_PATH(false, new LocalizedText("蛇型路径（链主）", "Snake path (lead firm)")),
    VALUE_CAPTURE(false, new LocalizedText("价值获取", "Value capture")),
    AGGLOMERATION(false, new LocalizedText("集聚", "Agglomeration")),
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
