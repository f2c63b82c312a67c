package org.gvclab.core.strategy;

import org.gvclab.core.base.LocalizedText;

/** The unit a lever's yearly budget is given in. */
public enum BudgetUnit {
    /** Money per year, in the cluster's currency unit (e.g. 10k CNY). */
    MONEY(new LocalizedText("金额/年（集群货币单位）", "money per year (the cluster's currency unit)")),
    /**
     * Percent of the base year's value added, per year; turned into money with the cluster's own base-year value
     * added, so a preset scales with the cluster.
     */
    PERCENT_OF_VALUE_ADDED(new LocalizedText("占基年增加值 %/年", "% of base-year value added per year"));

    private final LocalizedText label;

    BudgetUnit(LocalizedText label) {
        this.label = label;
    }

    /** The bilingual label. */
    public LocalizedText label() {
        return label;
    }
}
