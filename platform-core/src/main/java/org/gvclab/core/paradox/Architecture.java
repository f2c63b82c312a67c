package org.gvclab.core.paradox;

import org.gvclab.core.base.LocalizedText;

/** How production is organised (Baldwin &amp; Venables 2013): spider, snake, a mix, or not yet known. */
public enum Architecture {
    SPIDER(new LocalizedText("蜘蛛型（多部件组装）", "spider (many parts assembled)")),
    SNAKE(new LocalizedText("蛇型（顺序工序）", "snake (sequential stages)")),
    MIXED(new LocalizedText("混合型", "mixed")),
    UNDETERMINED(new LocalizedText("无法判断（证据不足）", "undetermined (not enough evidence)"));

    private final LocalizedText label;

    Architecture(LocalizedText label) {
        this.label = label;
    }

    /** The bilingual label. */
    public LocalizedText label() {
        return label;
    }
}
