/**
 * The indicator catalogue (docs/model.md, "Indicators"), evaluation with provenance, safe user formulas, and the composite
 * engine of docs/model.md, "Composite indices": normalisation, weights (equal, entropy, AHP, manual), aggregation, TOPSIS, rank
 * aggregation and Monte Carlo uncertainty.
 */
@NullMarked
package org.gvclab.core.indicator;

import org.jspecify.annotations.NullMarked;
