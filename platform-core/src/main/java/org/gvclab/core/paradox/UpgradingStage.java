package org.gvclab.core.paradox;

import org.gvclab.core.base.LocalizedText;

/** The four types of upgrading of Humphrey &amp; Schmitz (2002), read as a ladder, plus "not known". */
public enum UpgradingStage {
    PROCESS(new LocalizedText("工艺升级", "process upgrading")),
    PRODUCT(new LocalizedText("产品升级", "product upgrading")),
    FUNCTIONAL(new LocalizedText("功能升级", "functional upgrading")),
    CHAIN(new LocalizedText("链条升级", "chain (inter-sectoral) upgrading")),
    UNKNOWN(new LocalizedText("无法判断", "not known"));

    private final LocalizedText label;

    UpgradingStage(LocalizedText label) {
        this.label = label;
    }

    /** The bilingual label. */
    public LocalizedText label() {
        return label;
    }
}
