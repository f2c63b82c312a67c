/**
 * The catalogue of IO outputs ({@link org.gvclab.core.io.decompose.IndicatorId}) and their computation
 * ({@link org.gvclab.core.io.decompose.Indicators}): export decompositions (KWW, WWZ, Borin–Mancini), participation,
 * position, production lengths, value-added RCA, average propagation length and the smile curve, each as an
 * {@link org.gvclab.core.io.decompose.IndicatorTable}. Depends on {@code io.model}.
 */
@NullMarked
package org.gvclab.core.io.decompose;

import org.jspecify.annotations.NullMarked;
