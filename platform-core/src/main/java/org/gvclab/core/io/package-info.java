/**
 * Input-output tables and the GVC indicators computed from them, in four subpackages whose
 * dependencies point one way (checked by the core's {@code ArchitectureTest}):
 * <ul>
 *   <li>{@link org.gvclab.core.io.model}: the table, its layout and checks, dense matrices, the solvers behind one
 *       interface and the one Leontief factory, and {@link org.gvclab.core.io.model.IoModel} (each result computed
 *       once, on first use);</li>
 *   <li>{@link org.gvclab.core.io.read}: the readers (golden CSV layout, OECD ICIO, WIOD 2016), zip limits and the
 *       fast decimal parser; depends on {@code model} only;</li>
 *   <li>{@link org.gvclab.core.io.decompose}: the catalogue of outputs, the export decompositions (KWW, WWZ,
 *       Borin–Mancini), GVC indicators and value chains, and {@link org.gvclab.core.io.decompose.IndicatorTable};
 *       depends on {@code model};</li>
 *   <li>{@link org.gvclab.core.io.regional}: FLQ regionalisation, regional employment and Type I multipliers;
 *       depends on {@code model} and {@code read}.</li>
 * </ul>
 */
@NullMarked
package org.gvclab.core.io;

import org.jspecify.annotations.NullMarked;
