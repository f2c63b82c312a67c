/**
 * Strategy comparison (docs/model.md): policy levers, the preset strategies S0–S4 and custom ones, a yearly
 * projection model whose every parameter is visible and overridable, Monte Carlo over the uncertain parameters
 * (P10 / P50 / P90), the lock-in index recomputed each projected year by the diagnosis code
 * ({@link org.gvclab.core.paradox.Diagnosis#lockInIndex}), Type I regional effects where an IO table is linked,
 * and a TOPSIS ranking of the strategies with its stability over the draws.
 *
 * <p>Entry point: {@link org.gvclab.core.strategy.StrategyComparison#run}. A {@link
 * org.gvclab.core.strategy.Scenario} (with {@link org.gvclab.core.strategy.ScenarioJson}) holds everything needed to
 * reproduce a result exactly.
 */
@NullMarked
package org.gvclab.core.strategy;

import org.jspecify.annotations.NullMarked;
