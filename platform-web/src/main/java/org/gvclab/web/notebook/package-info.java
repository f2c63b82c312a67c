/**
 * Notebooks: stored, versioned documents of the core's notebook model, evaluated with the cell evaluators of
 * this package, shown in the editor and rendered to PDF briefs and Excel workbooks.
 */
@NullMarked
package org.gvclab.web.notebook;

import org.jspecify.annotations.NullMarked;
