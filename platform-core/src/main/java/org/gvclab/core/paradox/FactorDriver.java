package org.gvclab.core.paradox;

import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.indicator.Group;

/**
 * One of the five factor groups as a driver of lock-in.
 *
 * @param factor       the factor
 * @param risk         its score S_f (0–100, higher = more risk)
 * @param weight       its weight w_f in the driver composite (0–1)
 * @param weightedRisk {@code w_f · S_f}, what the ranking sorts by
 * @param pressure     {@code w_f · (S_f − 50)}: points above (positive) or below the neutral 50 it brings to the
 *                     driver composite
 * @param reason       the factor, its score and weight, in both languages
 */
public record FactorDriver(Group factor, double risk, double weight, double weightedRisk, double pressure,
                           LocalizedText reason) {
}
