/**
 * The indicator catalogue (METHODS.md §2), evaluation with provenance, safe user formulas, and the composite
 * engine of METHODS.md §3: normalisation, weights (equal, entropy, AHP, manual), aggregation, TOPSIS, rank
 * aggregation and Monte Carlo uncertainty.
 */
@NullMarked
package org.gvclab.core.indicator;

import org.jspecify.annotations.NullMarked;
