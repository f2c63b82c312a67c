package org.gvclab.web.archfixture.ui;

import java.util.Map;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.core.indicator.IndicatorValue;
import org.gvclab.core.indicator.UserFormula;

/** Breaks the ui rule on purpose: a view that evaluates a user formula itself instead of asking a service. */
class FormulaInAView {

    IndicatorValue value(String formula) {
        return UserFormula.parse(formula).evaluate("x", new YearlyRecord(2023, Map.of()), null);
    }
}
