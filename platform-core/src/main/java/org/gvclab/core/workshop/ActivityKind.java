package org.gvclab.core.workshop;

import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;

/** What participants do in one activity of a workshop's agenda. */
public enum ActivityKind {
    /** Each participant scores each of the five factor groups from 1 to 7, with an optional comment per factor. */
    FACTOR_SCORING(Msg.of("workshop.activity.factor_scoring")),
    /** Each participant compares a set of criteria pairwise on Saaty's 1–9 scale (AHP). */
    AHP(Msg.of("workshop.activity.ahp")),
    /** Each participant orders the strategies, best first; aggregated by Borda count and mean rank. */
    STRATEGY_RANKING(Msg.of("workshop.activity.strategy_ranking")),
    /** Each participant approves any number of strategies (approval voting); aggregated by counting approvals. */
    STRATEGY_VOTE(Msg.of("workshop.activity.strategy_vote"));

    private final LocalizedText label;

    ActivityKind(LocalizedText label) {
        this.label = label;
    }

    /** The bilingual name. */
    public LocalizedText label() {
        return label;
    }
}
