package org.gvclab.core.indicator;

import java.util.List;
import org.gvclab.core.cluster.YearlyRecord;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates the catalogue's per-record indicators for one year, with provenance. Growth indicators read the
 * previous year's record; pass {@code null} when there is none and they come back "not computable" with the reason.
 */
public final class IndicatorEvaluator {

    private IndicatorEvaluator() {
    }

    /** Every per-record catalogue indicator for {@code current}, in catalogue order. */
    public static List<IndicatorValue> evaluate(YearlyRecord current, @Nullable YearlyRecord previous) {
        return IndicatorCatalogue.all().stream().filter(Indicator::perRecord)
                .map(i -> evaluate(i, current, previous)).toList();
    }

    /** One catalogue indicator (or a user indicator made by {@link UserFormula#toIndicator}). */
    public static IndicatorValue evaluate(Indicator indicator, YearlyRecord current, @Nullable YearlyRecord previous) {
        String expression = indicator.expression();
        if (expression == null) {
            throw new IllegalArgumentException("indicator " + indicator.id()
                    + " needs more than one cluster's record; compute it with Agglomeration");
        }
        Expr e = IndicatorCatalogue.find(indicator.id()).filter(i -> i.equals(indicator)).isPresent()
                ? IndicatorCatalogue.parsed(indicator.id()) : FormulaParser.parse(expression);
        return FormulaEvaluator.evaluate(indicator.id(), expression, e, current, previous);
    }
}
