package org.gvclab.core.paradox;

import java.util.List;
import java.util.Map;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.indicator.Group;
import org.jspecify.annotations.Nullable;

/**
 * The lock-in index with the outcomes it is made of and the drivers that explain it (docs/model.md, "Lock-in
 * index"). The index (0–100, higher = more locked in) is the mean risk of the outcomes of lock-in; the five factor
 * scores are its drivers, combined with the factor weights into the driver composite and ranked by weight × risk.
 * No indicator is both an outcome and a driver.
 *
 * @param index            the lock-in index, or null when no outcome could be scored
 * @param low              P10 of the index over the uncertainty of the outcomes' references, or null
 * @param high             P90 of the index over the uncertainty of the outcomes' references, or null
 * @param outcomes         the outcomes scored, in catalogue order
 * @param missing          why the other outcomes were left out
 * @param driverComposite  {@code Σ_f w_f S_f} over the factors that scored, or null when none did
 * @param factorWeights    the weights applied to the factors (adding up to 1 over the factors that scored)
 * @param weightsApplied   which weights were applied, in both languages (equal, or the ones given)
 * @param factorRanking    the five factors ranked by weight × risk, highest first
 */
public record LockIn(@Nullable Double index, @Nullable Double low, @Nullable Double high, List<IndicatorScore> outcomes,
                     List<LocalizedText> missing, @Nullable Double driverComposite, Map<Group, Double> factorWeights,
                     LocalizedText weightsApplied, List<FactorDriver> factorRanking) {

    public LockIn {
        outcomes = List.copyOf(outcomes);
        missing = List.copyOf(missing);
        factorWeights = Map.copyOf(factorWeights);
        factorRanking = List.copyOf(factorRanking);
    }
}
