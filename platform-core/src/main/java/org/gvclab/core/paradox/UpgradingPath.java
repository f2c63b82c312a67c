package org.gvclab.core.paradox;

import org.gvclab.core.base.LocalizedText;

/** The way out of the paradox recommended for a cluster (docs/model.md, "Path from evidence"). */
public enum UpgradingPath {
    PLATFORM(new LocalizedText("平台路径：以专业市场为双边平台嵌入蜘蛛型网络",
            "platform path: embed in the spider network through the specialised market as a two-sided platform")),
    LEAD_FIRM(new LocalizedText("链主路径：培育自主创新、品牌和代工协调能力，成为蛇型链条顶端的链主",
            "lead-firm path: build innovation, brands and the coordination of contract manufacturers to lead the snake")),
    BOTH(new LocalizedText("平台与链主并举", "both the platform and the lead-firm path")),
    UNDETERMINED(new LocalizedText("暂无法推荐（生产架构未定）", "no path yet (production architecture undetermined)"));

    private final LocalizedText label;

    UpgradingPath(LocalizedText label) {
        this.label = label;
    }

    /** The bilingual label. */
    public LocalizedText label() {
        return label;
    }
}
