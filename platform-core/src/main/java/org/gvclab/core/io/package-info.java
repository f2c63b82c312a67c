/**
 * Input-output tables and the GVC indicators computed from them (METHODS.md §1): the table model and its
 * readers (golden CSV layout, OECD ICIO, WIOD 2016), balance checks, the Leontief and Ghosh inverses behind a
 * small solver interface (factor once, solve many), the export decompositions (KWW, WWZ, Borin–Mancini),
 * participation, position, production lengths, upstreamness, value-added RCA, average propagation length,
 * the smile curve, FLQ regionalisation and Type I multipliers.
 *
 * <p>Entry points for other packages: {@link org.gvclab.core.io.IoTables} (read), {@link org.gvclab.core.io.IoModel}
 * (compute and cache), {@link org.gvclab.core.io.IndicatorId} (catalogue), {@link org.gvclab.core.io.ResultTable}
 * (results and their CSV form).
 */
@NullMarked
package org.gvclab.core.io;

import org.jspecify.annotations.NullMarked;
