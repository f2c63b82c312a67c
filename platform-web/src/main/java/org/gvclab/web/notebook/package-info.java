/**
 * Notebooks: stored, versioned documents of the core's notebook model, evaluated with the cell kinds the features
 * plug in ({@link org.gvclab.web.notebook.CellPlugin}, with parameter values from
 * {@link org.gvclab.web.notebook.ParameterChoices}), shown in the editor and rendered to PDF briefs and Excel
 * workbooks. This package depends on no feature package (see docs/ARCHITECTURE.md).
 */
@NullMarked
package org.gvclab.web.notebook;

import org.jspecify.annotations.NullMarked;
