/**
 * Renders evaluated notebooks to PDF briefs and Excel workbooks.
 */
@NullMarked
package org.gvclab.reports;

import org.jspecify.annotations.NullMarked;
