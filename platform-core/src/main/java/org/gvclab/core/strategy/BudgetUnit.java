package org.gvclab.core.strategy;

import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;

/** The unit a lever's yearly budget is given in. */
public enum BudgetUnit {
    /** Money per year, in the cluster's currency unit (e.g. 10k CNY). */
    MONEY(Msg.of("strategy.budget_unit.money")),
    /**
     * Percent of the base year's value added, per year; turned into money with the cluster's own base-year value
     * added, so a preset scales with the cluster.
     */
    PERCENT_OF_VALUE_ADDED(Msg.of("strategy.budget_unit.percent_of_value_added"));

    private final LocalizedText label;

    BudgetUnit(LocalizedText label) {
        this.label = label;
    }

    /** The bilingual label. */
    public LocalizedText label() {
        return label;
    }
}
