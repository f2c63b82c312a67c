package org.gvclab.core.paradox;

import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.indicator.Group;

/**
 * An indicator that pushes the lock-in index up, as a reason.
 *
 * @param indicatorId  the indicator
 * @param factor       the factor it belongs to
 * @param risk         its risk score, 0–100
 * @param contribution index points it adds above the neutral 50: {@code w_factor · w_within · (risk − 50)}
 * @param reason       the reason in both languages, naming value and benchmark
 */
public record Driver(String indicatorId, Group factor, double risk, double contribution, LocalizedText reason) {
}
