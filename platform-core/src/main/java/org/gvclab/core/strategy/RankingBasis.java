package org.gvclab.core.strategy;

import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;

/**
 * What the TOPSIS ranking compares at the horizon: each strategy's change from the status quo in the same draw
 * (the default), or the outcome levels. TOPSIS normalises each criterion by its vector norm, so on levels the
 * differences between strategies shrink to a few percent of the norm for value added or jobs while fiscal cost
 * (zero for the status quo) keeps its full spread, and the status quo nearly always wins; on changes every criterion
 * keeps its full spread between strategies.
 */
public enum RankingBasis {
    /** Outcome minus the status quo's outcome in the same draw (the status quo scores zero everywhere). */
    CHANGE_FROM_STATUS_QUO(Msg.of("strategy.ranking_basis.change_from_status_quo")),
    /** The outcome levels themselves. */
    LEVEL(Msg.of("strategy.ranking_basis.level"));

    private final LocalizedText label;

    RankingBasis(LocalizedText label) {
        this.label = label;
    }

    /** The bilingual label. */
    public LocalizedText label() {
        return label;
    }
}
