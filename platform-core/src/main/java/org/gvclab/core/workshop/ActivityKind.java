package org.gvclab.core.workshop;

import org.gvclab.core.base.LocalizedText;

/** What participants do in one activity of a workshop's agenda. */
public enum ActivityKind {
    /** Each participant scores each of the five factor groups from 1 to 7, with an optional comment per factor. */
    FACTOR_SCORING(new LocalizedText("五因素评分", "Five-factor scoring")),
    /** Each participant compares a set of criteria pairwise on Saaty's 1–9 scale (AHP). */
    AHP(new LocalizedText("AHP 两两比较", "AHP pairwise comparison")),
    /** Each participant orders the strategies, best first; aggregated by Borda count and mean rank. */
    STRATEGY_RANKING(new LocalizedText("战略排序", "Strategy ranking")),
    /** Each participant approves any number of strategies (approval voting); aggregated by counting approvals. */
    STRATEGY_VOTE(new LocalizedText("战略投票", "Strategy vote"));

    private final LocalizedText label;

    ActivityKind(LocalizedText label) {
        this.label = label;
    }

    /** The bilingual name. */
    public LocalizedText label() {
        return label;
    }
}
