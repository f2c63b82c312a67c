package org.gvclab.core.cluster;

import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;

/** A low/high rating, as Gereffi, Humphrey &amp; Sturgeon (2005) use for their three governance variables. */
public enum Level {
    LOW(Msg.of("cluster.level.low")),
    HIGH(Msg.of("cluster.level.high"));

    private final LocalizedText label;

    Level(LocalizedText label) {
        this.label = label;
    }

    /** The bilingual label. */
    public LocalizedText label() {
        return label;
    }

    /**
     * Maps an answer on the 1–5 scale to low/high: 4 and 5 are high, 1–3 low. The midpoint 3 counts as low so
     * that "high" needs a clearly positive answer (*assumption*; threshold {@value GovernanceQuestionnaire#HIGH_FROM}).
     *
     * @throws IllegalArgumentException when the answer is not 1–5
     */
    public static Level fromScale(int answer) {
        if (answer < 1 || answer > 5) {
            throw new IllegalArgumentException("rating " + answer + " is outside the 1–5 scale");
        }
        return answer >= GovernanceQuestionnaire.HIGH_FROM ? HIGH : LOW;
    }
}
