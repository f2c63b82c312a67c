/**
 * The input-output table itself: its layout (regions, sectors, labels), numbers and balance, dense
 * matrices, the LU solvers behind one interface (OpenBLAS, EJML), the one factory of {@code I − M} systems
 * ({@link org.gvclab.core.io.model.Leontief}) and {@link org.gvclab.core.io.model.IoModel}, which computes each
 * Leontief-side result of a table once. Depends on no other {@code io} package.
 */
@NullMarked
package org.gvclab.core.io.model;

import org.jspecify.annotations.NullMarked;
