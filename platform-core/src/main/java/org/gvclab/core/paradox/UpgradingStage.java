package org.gvclab.core.paradox;

import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;

/** The four types of upgrading of Humphrey &amp; Schmitz (2002), read as a ladder, plus "not known". */
public enum UpgradingStage {
    PROCESS(Msg.of("paradox.stage_label.process")),
    PRODUCT(Msg.of("paradox.stage_label.product")),
    FUNCTIONAL(Msg.of("paradox.stage_label.functional")),
    CHAIN(Msg.of("paradox.stage_label.chain")),
    UNKNOWN(Msg.of("paradox.stage_label.unknown"));

    private final LocalizedText label;

    UpgradingStage(LocalizedText label) {
        this.label = label;
    }

    /** The bilingual label. */
    public LocalizedText label() {
        return label;
    }
}
