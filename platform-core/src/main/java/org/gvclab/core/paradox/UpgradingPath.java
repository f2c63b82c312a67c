package org.gvclab.core.paradox;

import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;

/** The way out of the paradox recommended for a cluster (docs/model.md, "Path from evidence"). */
public enum UpgradingPath {
    PLATFORM(Msg.of("paradox.upgrading_path.platform")),
    LEAD_FIRM(Msg.of("paradox.upgrading_path.lead_firm")),
    BOTH(Msg.of("paradox.upgrading_path.both")),
    UNDETERMINED(Msg.of("paradox.upgrading_path.undetermined"));

    private final LocalizedText label;

    UpgradingPath(LocalizedText label) {
        this.label = label;
    }

    /** The bilingual label. */
    public LocalizedText label() {
        return label;
    }
}
