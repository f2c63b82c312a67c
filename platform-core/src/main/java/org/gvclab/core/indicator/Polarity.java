package org.gvclab.core.indicator;

import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;

/** Whether a higher value of an indicator is better or worse for upgrading out of the low end. */
public enum Polarity {
    HIGHER_IS_BETTER(1, Msg.of("indicator.polarity.higher_is_better")),
    HIGHER_IS_WORSE(-1, Msg.of("indicator.polarity.higher_is_worse"));

    private final int sign;
    private final LocalizedText label;

    Polarity(int sign, LocalizedText label) {
        this.sign = sign;
        this.label = label;
    }

    /** +1 for higher-is-better, −1 for higher-is-worse. */
    public int sign() {
        return sign;
    }

    /** The bilingual label. */
    public LocalizedText label() {
        return label;
    }
}
