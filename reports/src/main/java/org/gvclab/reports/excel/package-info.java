/**
 * Excel workbooks: an evaluated notebook as .xlsx with a cover sheet, a sheet per table (streamed), a sheet per
 * chart with its data and a native chart, the markdown texts and a provenance sheet; text that looks like a
 * formula is stored so that Excel never evaluates it.
 */
@NullMarked
package org.gvclab.reports.excel;

import org.jspecify.annotations.NullMarked;
